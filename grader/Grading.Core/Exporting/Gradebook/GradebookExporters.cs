using Grading.Core.Bulk;
using Grading.Core.Exporting.Text;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>The gradebook formats a bulk run writes.</summary>
public static class GradebookExporters
{
    public static IReadOnlyList<IGradebookExporter> Create(GradebookSettings settings) =>
    [
        new CanvasGradebookExporter(settings.CanvasAssignmentId),
        new MoodleGradebookExporter(settings.MoodleIdentifier ?? MoodleIdentifier.IdNumber),
        new MoodleUnmatchedExporter(settings.MoodleIdentifier ?? MoodleIdentifier.IdNumber),
        new SectionTableExporter(),
        new CheckTableExporter(),
    ];

    /// <summary>
    /// A line for each student whose identifier (id, Canvas id, login) starts like a spreadsheet formula. The CSVs
    /// write it neutralised (<c>'=…</c>) like any other text, so it cannot run in a spreadsheet, but then it no longer
    /// matches Canvas's or Moodle's roster: course staff must rename the folder or map it in a roster.
    /// </summary>
    public static IReadOnlyList<string> FormulaIdentifierWarnings(ClassGradebook gradebook) =>
        gradebook.Entries
            .Select(e => e.Student)
            .SelectMany(s => new[] { ("id", s.Id), ("Canvas id", s.CanvasId), ("login", s.Login) }
                .Where(field => CsvText.StartsFormula(field.Item2))
                .Take(1)
                .Select(field => $"Gradebook: the {field.Item1} '{TerminalText.Line(field.Item2)}' (student '{TerminalText.Line(s.Id)}') starts like a spreadsheet formula; "
                    + "the CSVs write it after a ' so it cannot run, and Canvas and Moodle will not match it to anyone: rename the folder, or map it in a roster."))
            .ToList();
}
