using System.Globalization;
using Grading.Core.Calibration;
using Grading.Core.Exporting.Text;

namespace Grading.Cli.Commands;

/// <summary>The calibration as a terminal table, one fixture a line, then the three figures. Fixture names and
/// phrases are repository text, but go through <see cref="TerminalText"/> like any text the grader did not write.</summary>
internal static class CalibrationTable
{
    public static void Write(IReadOnlyList<FixtureVerdict> verdicts, CalibrationSummary summary, string timing, TextWriter writer)
    {
        string[] header = ["Fixture", "Kind", "Expected", "Actual", "Match", "Message words"];
        var rows = verdicts.Select(Row).ToList();
        int[] widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        writer.WriteLine(Line(header, widths));
        writer.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray(), widths));
        foreach (var row in rows) writer.WriteLine(Line(row, widths));
        writer.WriteLine();
        writer.WriteLine(timing);
        writer.WriteLine($"Correct fixtures at full marks:               {summary.CorrectAtFullMarks}");
        writer.WriteLine($"Mistake fixtures losing exactly their points: {summary.MistakesExact}");
        writer.WriteLine($"Messages naming the mistake:                  {summary.MessagesNamingTheMistake}");
    }

    private static string[] Row(FixtureVerdict verdict)
    {
        // The sections worth showing: those the README lists, those below full marks, and any that do not match.
        var shown = verdict.Sections.Where(s => verdict.Spec.ListedSections.Contains(s.Id) || s.Actual < s.Max || !s.Match).ToList();
        string expected = shown.Count == 0 ? "full" : string.Join(" ", shown.Select(s => $"{s.Id}:{Points(s.Expected)}"));
        string actual = shown.Count == 0 ? "full" : string.Join(" ", shown.Select(s => $"{s.Id}:{Points(s.Actual)}" + (s.Judged ? "" : "?")));
        return
        [
            TerminalText.Line(verdict.Spec.Name),
            verdict.Spec.Kind == FixtureKind.Correct ? "correct" : "mistake",
            expected,
            actual,
            MatchText(verdict),
            PhraseText(verdict),
        ];
    }

    private static string MatchText(FixtureVerdict verdict)
    {
        if (!verdict.PointsMatch)
            return $"NO: points in {string.Join(", ", verdict.Sections.Where(s => !s.PointsMatch).Select(s => s.Id))}";
        if (verdict.Sections.FirstOrDefault(s => !s.ChecksMatch) is { } section)
            return $"NO: {section.Id} failed [{string.Join(", ", section.ActualFailedChecks.Select(TerminalText.Line))}]";
        return verdict.MessagesFound ? "yes" : "NO: message";
    }

    private static string PhraseText(FixtureVerdict verdict)
    {
        if (verdict.Phrases.Count == 0) return "-";
        string count = $"{verdict.Phrases.Count(p => p.Found)}/{verdict.Phrases.Count}";
        var missing = verdict.Phrases.Where(p => !p.Found).Select(p => $"\"{TerminalText.Line(p.Phrase)}\"").ToList();
        return missing.Count == 0 ? count : $"{count}, missing {string.Join(", ", missing)}";
    }

    private static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
}
