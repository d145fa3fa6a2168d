namespace Ps1Autograd.Grading.Spec;

/// <summary>Where the data set is and how to prepare it (a regression table read from CSV).</summary>
public sealed class DataSpec
{
    /// <summary>CSV path, relative to the assignment folder.</summary>
    public required string File { get; init; }
    /// <summary>Columns dropped before anything else.</summary>
    public IReadOnlyList<string> Drop { get; init; } = [];
    /// <summary>The column predicted; every other remaining column is a feature.</summary>
    public required string Target { get; init; }
    /// <summary>How every column is scaled.</summary>
    public Standardization Standardize { get; init; } = Standardization.None;
    /// <summary>Prepend a column of ones to the features.</summary>
    public bool Intercept { get; init; }
    /// <summary>Optional sha256 of the file; a mismatch is an error.</summary>
    public string? Sha256 { get; init; }
}
