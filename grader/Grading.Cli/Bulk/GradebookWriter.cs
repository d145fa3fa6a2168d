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
    public static ClassGradebook Write(BulkLayout layout, AssignmentSpec spec, TextWriter log, long? canvasAssignmentId)
    {
        var settings = GradebookSettings.Read(layout);
        if (canvasAssignmentId is not null && canvasAssignmentId != settings.CanvasAssignmentId)
        {
            settings = settings with { CanvasAssignmentId = canvasAssignmentId };
            settings.Write(layout);
        }
        var gradebook = ClassGradebook.Load(layout, spec);
        var exporters = GradebookExporters.Create(settings);
        foreach (var exporter in exporters)
        {
            using var text = new StringWriter();
            exporter.Export(gradebook, text);
            AtomicFile.WriteAllText(Path.Combine(layout.Root, exporter.FileName), text.ToString());
        }
        string summary = Path.Combine(layout.Root, ClassSummaryExporter.FileName);
        AtomicFile.WriteAllText(summary, ClassSummaryExporter.Render(gradebook));
        foreach (string warning in GradebookExporters.FormulaIdentifierWarnings(gradebook)) log.WriteLine(warning);
        log.WriteLine($"Gradebook: {string.Join(", ", exporters.Select(e => e.FileName))} in {layout.Root}");
        if (settings.CanvasAssignmentId is null)
            log.WriteLine("Canvas: the grade column is the assignment's title alone; give --canvas-assignment-id <number> (from the assignment's Canvas URL) to match an existing assignment.");
        log.WriteLine($"Summary: {summary}");
        return gradebook;
    }
}
