namespace Grading.Reports.Audit;

/// <summary>One line of a mutant's unified diff.</summary>
/// <param name="Kind">"added", "removed", "file" (the ---/+++ header), "hunk" (@@) or "context": the line's class.</param>
internal sealed record DiffLineView(string Kind, string Text)
{
    /// <summary>The diff's lines; none for an empty diff (a report written without diffs), not one empty line.</summary>
    public static IReadOnlyList<DiffLineView> Split(string diff) => diff.Length == 0 ? [] :
        diff.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => new DiffLineView(KindOf(line), line)).ToList();

    // The file header's --- and +++ start with the same characters as a removed or added line; they are neither.
    private static string KindOf(string line) =>
        line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) ? "file"
        : line.StartsWith("@@", StringComparison.Ordinal) ? "hunk"
        : line.StartsWith('+') ? "added"
        : line.StartsWith('-') ? "removed"
        : "context";
}
