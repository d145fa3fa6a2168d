namespace Grading.Core.Bounds;

/// <summary>The head of a sequence read up to a limit, and its true length (or a lower bound of it).</summary>
/// <param name="AtLeast">The sequence went on past counting: its length is at least <paramref name="Length"/>.</param>
public sealed record BoundedList<T>(IReadOnlyList<T> Kept, long Length, bool AtLeast)
{
    public bool WasCut => Length > Kept.Count;

    /// <summary>The cut to record, or null when nothing was cut.</summary>
    public RunCut? Cut(string field, string? key, string what, string unit) =>
        WasCut ? new RunCut(field, key, what, Length, Kept.Count, unit, AtLeast) : null;
}
