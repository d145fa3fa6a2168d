using Grading.Core.Bounds;
using Grading.Core.Results;

namespace Grading.Core.Exporting;

/// <summary>
/// Keeps the platform exports small whatever a submission produced: every message an export copies is clipped
/// (its start and end kept), long lists of compiler errors end in a count, and each section's cuts at the grader's
/// limits are worded once for every platform.
/// </summary>
internal static class ExportText
{
    /// <summary>Characters of one message (an error, a check's message) an export keeps.</summary>
    public const int MessageChars = 2_000;
    /// <summary>Compiler errors an export lists before saying how many more there are.</summary>
    public const int ListedErrors = 50;

    public static string Clip(string text, int maxChars = MessageChars) => BoundedText.Cut(text, maxChars, out _);

    /// <summary>"Cut at the grader's limits: the loss history had 100,000,000 values; the first 20,000 were kept." or null.</summary>
    public static string? Cuts(SectionResult section, int maxChars = MessageChars) =>
        section.Raw.Cuts is { Count: > 0 } cuts
            ? Clip("Cut at the grader's limits: " + string.Join("; ", cuts.Select(c => c.Note)) + ".", maxChars)
            : null;

    /// <summary>The first <see cref="ListedErrors"/> items, each clipped, then "… and N more".</summary>
    public static IEnumerable<string> Listed(IReadOnlyCollection<string> items, int maxChars = 500)
    {
        foreach (string item in items.Take(ListedErrors)) yield return Clip(item, maxChars);
        if (items.Count > ListedErrors) yield return $"… and {items.Count - ListedErrors} more";
    }
}
