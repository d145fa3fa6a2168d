using System.Globalization;
using Grading.Core.Results;

namespace Grading.Core.Exporting;

/// <summary>What the platform exporters (Classroom, Gradescope, JUnit, Markdown) say about one section,
/// worded once so every platform tells a student the same thing.</summary>
internal static class SectionVerdicts
{
    /// <summary>Nothing lost: every check passed, or all that is left waits for a TA.</summary>
    public static bool Passed(SectionResult section) => section.Status is SectionStatus.Passed or SectionStatus.Pending;

    public static string Name(SectionResult section) => $"{section.Id} {section.Title}";

    /// <summary>Points, then the first problem or the pending note: one line per fact.</summary>
    /// <param name="maxChars">Characters kept of the problem and of the cuts' note (see <see cref="ExportText"/>).</param>
    public static string Message(SectionResult section, int maxChars = ExportText.MessageChars)
    {
        var lines = new List<string> { $"{Number(section.Score)}/{Number(section.MaxScore)} points ({section.Status.ToString().ToLowerInvariant()})." };
        if (section.FirstProblem is { } problem) lines.Add(ExportText.Clip(problem, maxChars));
        if (ExportText.Cuts(section, maxChars) is { } cuts) lines.Add(cuts);
        if (section.PendingPoints > 0) lines.Add($"{Number(section.PendingPoints)} points wait for a TA's grade (written answers).");
        lines.AddRange((section.Raw.Advice ?? []).Select(a => "Advice (no points lost): " + ExportText.Clip(a, maxChars)));
        return string.Join("\n", lines);
    }

    /// <summary>Every check with its points and message, then the error: the detail a log can show.</summary>
    public static string Details(SectionResult section)
    {
        var lines = section.Checks.Select(c =>
            $"[{(c.Pending ? "pending" : c.Passed ? "pass" : "fail")}] {c.Name} {Number(c.Points)}/{Number(c.MaxPoints)}: {ExportText.Clip(c.Message)}").ToList();
        if (section.Error is { } error) lines.Insert(0, "Error: " + ExportText.Clip(error));
        return string.Join("\n", lines);
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture);
}
