using System.Globalization;
using Grading.Core.Audit;
using Grading.Core.Exporting.Text;

namespace Grading.Cli.Audit;

/// <summary>The audit as a terminal table, one section a line and the total, then every survivor in a line.</summary>
internal static class AuditTable
{
    public static void Write(AuditReport report, TextWriter writer)
    {
        string[] header = ["Section", "Mutants", "Killed", "Survived", "Timeout", "Crashed", "Not compiled", "Equivalent", "Unreached", "Score"];
        var rows = report.Sections.Select(Row).Append(Row(report.Total)).ToList();
        int[] widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        writer.WriteLine(Line(header, widths));
        writer.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray(), widths));
        for (int i = 0; i < rows.Count; i++)
        {
            if (i == rows.Count - 1) writer.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray(), widths));
            writer.WriteLine(Line(rows[i], widths));
        }
        var survivors = report.Mutants.Where(m => m.Status == MutantStatus.Survived).ToList();
        writer.WriteLine();
        writer.WriteLine(survivors.Count == 0 ? "No mutant kept full marks." : $"{Counted.Of(survivors.Count, "mutant")} kept full marks (blind spots of the checks):");
        foreach (var survivor in survivors)
            writer.WriteLine(TerminalText.Line($"  {survivor.Mutant.Id} {survivor.Mutant.File}:{survivor.Mutant.Line} {survivor.Mutant.Description}"));
        writer.WriteLine();
        writer.WriteLine($"{Counted.Of(report.Mutants.Count, "mutant")} ({report.Graded} graded, {report.Resumed} saved from an earlier run) "
            + $"in {report.WallSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s with {Counted.Of(report.Jobs, "job")}.");
        foreach (var below in report.BelowThreshold)
            writer.WriteLine($"{below.Section} is below the threshold: {Percent(below.Score)} < {report.Threshold!.Value.ToString("0.#", CultureInfo.InvariantCulture)} %.");
    }

    private static string[] Row(SectionAuditScore s) =>
    [
        TerminalText.Line(s.Section), N(s.Mutants), N(s.Killed), N(s.Survived), N(s.TimedOut), N(s.Crashed),
        N(s.NotCompiled), N(s.Equivalent), N(s.Unreached), Percent(s.Score),
    ];

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Percent(double? score) => score is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "-";

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
}
