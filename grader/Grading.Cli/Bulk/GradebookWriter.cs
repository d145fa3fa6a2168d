using Grading.Core.Assignments;
using Grading.Core.Bulk;
using Grading.Core.Exporting.Gradebook;
using Grading.Core.IO;
using Grading.Reports.ClassSummary;

namespace Grading.Cli.Bulk;

/// <summary>Writes what a bulk output folder's results add up to: every gradebook export and the class summary.</summary>
internal static class GradebookWriter
{
    public static ClassGradebook Write(BulkLayout layout, AssignmentSpec spec, TextWriter log)
    {
        var gradebook = ClassGradebook.Load(layout, spec);
        foreach (var exporter in GradebookExporters.All)
        {
            using var text = new StringWriter();
            exporter.Export(gradebook, text);
            AtomicFile.WriteAllText(Path.Combine(layout.Root, exporter.FileName), text.ToString());
        }
        string summary = Path.Combine(layout.Root, ClassSummaryExporter.FileName);
        AtomicFile.WriteAllText(summary, ClassSummaryExporter.Render(gradebook));
        log.WriteLine($"Gradebook: {string.Join(", ", GradebookExporters.All.Select(e => e.FileName))} in {layout.Root}");
        log.WriteLine($"Summary: {summary}");
        return gradebook;
    }
}
