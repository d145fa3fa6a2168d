namespace Grading.Core.Archives;

/// <summary>An entry of a class zip that was not extracted, and why.</summary>
/// <param name="Student">The top folder (or zip) of the class the entry lies in, which names its student; null when
/// the name places it in nobody's folder (an absolute path, a name climbing out at the top).</param>
/// <param name="Problem">What is wrong, as the rest of a sentence: "contains a symbolic link `x.cs`; submit the files themselves, …".</param>
public sealed record RefusedEntry(string? Student, string Problem)
{
    /// <summary>In words for the student: "your submission contains a symbolic link `x.cs`; …".</summary>
    public string Reason => $"your submission {Problem}";
}
