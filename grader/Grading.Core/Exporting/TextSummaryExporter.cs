using System.Globalization;
using Grading.Core.Exporting.Text;
using Grading.Core.Results;

namespace Grading.Core.Exporting;

/// <summary>
/// A plain-text table for a terminal or a CI log: section, points, status, time, and the first
/// thing to fix. Status is spelled out, never signalled by colour alone. Student text (the id, messages,
/// compiler errors with their file names) goes through <see cref="TerminalText"/>: it cannot move the
/// cursor, colour the terminal or overwrite the score line.
/// </summary>
/// <param name="terminalWidth">The terminal's columns, to fit the table to (<see cref="SectionTable"/>); null
/// (a file, a pipe, a CI log) gives the stable plain layout.</param>
public sealed class TextSummaryExporter(int? terminalWidth = null) : IResultExporter
{
    public string Format => "text";

    public void Export(GradingResult result, TextWriter writer)
    {
        writer.WriteLine($"{TerminalText.Line(result.AssignmentTitle)} — {TerminalText.Line(result.Student)}");
        // An ungraded result (check's exit 2: a file over the limits, say) has no compiler errors: its sections say why.
        if (!result.Compilation.Succeeded && result.Compilation.Diagnostics.Any(d => d.Severity == "error"))
        {
            writer.WriteLine($"The submission does not compile ({Counted.Of(result.Compilation.Diagnostics.Count(d => d.Severity == "error"), "error")}):");
            foreach (string error in ExportText.Listed(result.Compilation.Diagnostics.Where(d => d.Severity == "error").Select(d => d.ToString()).ToList()))
                writer.WriteLine($"  {TerminalText.Line(error)}");
        }
        // How the files were read (not UTF-8, links left out): the compiler's own warnings stay in the report.
        foreach (var note in result.Compilation.Diagnostics.Where(d => d.Id.StartsWith("SRC", StringComparison.Ordinal))) writer.WriteLine($"Note: {TerminalText.Line(note.ToString())}");
        var rows = result.Sections.Select(s => new[]
        {
            TerminalText.Line(s.Id), Points(s.Score, s.MaxScore) + (s.PendingPoints > 0 ? $" (+{Number(s.PendingPoints)} pending)" : ""),
            s.Status.ToString().ToLowerInvariant(), Seconds(s.DurationMs),
        }).ToList();
        SectionTable.Write(writer, rows, result.Sections.Select(s => s.FirstProblem ?? "").ToList(), terminalWidth);
        writer.WriteLine();
        foreach (var s in result.Sections)
            if (ExportText.Cuts(s, 500) is { } cuts) writer.WriteLine($"Note: {TerminalText.Line(s.Id)}: {TerminalText.Line(cuts)}");
        writer.WriteLine($"Score: {Points(result.Score, result.MaxScore)}"
            + (result.PendingPoints > 0 ? $", {Number(result.PendingPoints)} point{(result.PendingPoints == 1 ? "" : "s")} pending a TA's grade (written answers)." : "."));
        writer.WriteLine($"Device: {TerminalText.Line(result.Environment.DeviceNote)}. Grading took {Seconds(result.Timing.TotalMs)} "
            + $"({Seconds(result.Timing.SectionsMs)} in the submission's code).");
    }

    private static string Points(double score, double max) => $"{Number(score)}/{Number(max)}";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
