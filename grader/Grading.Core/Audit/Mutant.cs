using System.Text.Json.Serialization;

namespace Grading.Core.Audit;

/// <summary>One small change to the reference, the kind of mistake a student makes.</summary>
public sealed record Mutant
{
    /// <summary>Stable within one version of the reference: the file's stem, the operator and a number in source order.</summary>
    public required string Id { get; init; }
    /// <summary>The operator that made it (<see cref="MutationOperator.Name"/>).</summary>
    public required string Operator { get; init; }
    /// <summary>The file, relative to the reference folder.</summary>
    public required string File { get; init; }
    /// <summary>1-based line of the changed code.</summary>
    public required int Line { get; init; }
    /// <summary>The method, property or type the change is in ("Train", "EpochSums").</summary>
    public required string Member { get; init; }
    /// <summary>The changed code before and after, as written (one line each, whitespace collapsed).</summary>
    public required string Original { get; init; }
    public required string Replacement { get; init; }
    /// <summary>The mistake in words ("the learning rate ×10", "the gradient clear removed").</summary>
    public required string Description { get; init; }
    /// <summary>The sections whose code runs the change: the only ones graded for it.</summary>
    public required IReadOnlyList<string> Sections { get; init; }
    /// <summary>A unified diff of the file, three lines of context.</summary>
    public required string Diff { get; init; }
    /// <summary>The statement the change is in, on one line; for a change in a loop's or an if's header, the header
    /// ("total += loss.item&lt;float&gt;() * batch[0].shape[0];", "if (epoch % 10 == 0)"): what audit.yml's <c>statement</c> matches.</summary>
    public string Statement { get; init; } = "";
    /// <summary>The first lines of the loops, ifs and scopes whose body holds the change, innermost first
    /// ("for (int t = 0; t &lt; options.Epochs; t++)"): what audit.yml's <c>inside</c> matches.</summary>
    public IReadOnlyList<string> Inside { get; init; } = [];
    /// <summary>The whole mutated file, to grade; not written to the report.</summary>
    [JsonIgnore]
    public string MutatedText { get; init; } = "";
}
