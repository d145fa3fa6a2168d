using Grading.Core.Assignments;
using Grading.Core.Bulk;
using Grading.Core.Exporting.Gradebook;
using Grading.Core.IO;
using Grading.Reports.ClassSummary;

namespace Grading.Cli.Bulk;

/// <summary>Writes what a bulk output folder's results add up to: every gradebook export and the class summary.</summary>
internal static class GradebookWriter
{
    /// <param name="canvasAssignmentId">Given: used and remembered in the folder. Null: the one the folder remembers, if any.</param>
    /// <param name="moodleIdentifier">Given: used and remembered in the folder. Null: the one the folder remembers (else the id).</param>
    /// <param name="warnings">Where what staff must fix before importing goes (default: stderr, so it is not lost in the listing).</param>
    public static ClassGradebook Write(BulkLayout layout, AssignmentSpec spec, TextWriter log, long? canvasAssignmentId,
        MoodleIdentifier? moodleIdentifier = null, TextWriter? warnings = null)
    {
        warnings ??= Console.Error;
        var settings = GradebookSettings.Read(layout);
        var asked = settings with
        {
            CanvasAssignmentId = canvasAssignmentId ?? settings.CanvasAssignmentId,
            MoodleIdentifier = moodleIdentifier ?? settings.MoodleIdentifier,
        };
        if (asked != settings) (settings = asked).Write(layout);
        var gradebook = ClassGradebook.Load(layout, spec);
        var exporters = GradebookExporters.Create(settings);
        foreach (var exporter in exporters)
        {
            using var text = new StringWriter();
            exporter.Export(gradebook, text);
            AtomicFile.WriteAllText(Path.Combine(layout.Root, exporter.FileName), text.ToString());
        }
        string summary = Path.Combine(layout.Root, ClassSummaryExporter.FileName);
        var gradebookWarnings = GradebookWarnings.For(gradebook, settings);
        AtomicFile.WriteAllText(summary, ClassSummaryExporter.Render(gradebook, gradebookWarnings));
        foreach (string warning in gradebookWarnings) warnings.WriteLine($"grader: {warning}");
        log.WriteLine($"Gradebook: {string.Join(", ", exporters.Select(e => e.FileName))} in {layout.Root}");
        if (settings.CanvasAssignmentId is null)
            log.WriteLine("Canvas: the grade column is the assignment's title alone; give --canvas-assignment-id <number> (from the assignment's Canvas URL) to match an existing assignment.");
        log.WriteLine($"Moodle: map moodle.csv's first column to the user's {MoodleIdentifierText(settings)} in Moodle's import.");
        log.WriteLine($"Summary: {summary}");
        return gradebook;
    }

    private static string MoodleIdentifierText(GradebookSettings settings) => (settings.MoodleIdentifier ?? MoodleIdentifier.IdNumber) switch
    {
        MoodleIdentifier.Username => "username",
        MoodleIdentifier.Email => "email address",
        _ => "ID number",
    };
}
