using System.Globalization;

namespace Grading.Core.Bounds;

/// <summary>
/// What the grader cut from one thing a section's run produced, because it was past a limit: the true size is kept
/// so checks can still name it ("the loss history has 100,000,000 entries"), and the note says what was kept.
/// </summary>
/// <param name="Field">Which part of the run: <c>values</c>, <c>notes</c>, <c>answers</c>, <c>error</c> or <c>output</c>.</param>
/// <param name="Key">The value's or note's key, the answer's number (1-based), or null for the field as a whole.</param>
/// <param name="What">How the note names it: "the loss history", "answer 3", "the error message".</param>
/// <param name="Length">Its true size, in <paramref name="Unit"/>.</param>
/// <param name="Kept">How much of it the result keeps.</param>
/// <param name="Unit"><c>values</c>, <c>characters</c> or <c>answers</c>.</param>
/// <param name="AtLeast">The true size was not counted to the end (a sequence too long to count): it is at least <paramref name="Length"/>.</param>
public sealed record RunCut(string Field, string? Key, string What, long Length, long Kept, string Unit, bool AtLeast = false)
{
    /// <summary>In words, for the report and the exports: "the loss history had 100,000,000 values; the first 20,000 were kept".</summary>
    public string Note => Unit == "characters"
        ? $"{What} had {Count(Length)} characters; {Count(Kept)} were kept (its start and end)"
        : $"{What} had {(AtLeast ? "more than " : "")}{Count(Length)} {Unit}; the first {Count(Kept)} were kept";

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
