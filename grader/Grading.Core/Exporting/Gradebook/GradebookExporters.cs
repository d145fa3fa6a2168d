using Grading.Core.Bulk;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>The gradebook formats a bulk run writes.</summary>
public static class GradebookExporters
{
    public static IReadOnlyList<IGradebookExporter> Create(GradebookSettings settings) =>
        [new CanvasGradebookExporter(settings.CanvasAssignmentId), new MoodleGradebookExporter(), new SectionTableExporter(), new CheckTableExporter()];
}
