namespace Grading.Core.Exporting.Gradebook;

/// <summary>The gradebook formats a bulk run writes.</summary>
public static class GradebookExporters
{
    public static IReadOnlyList<IGradebookExporter> All { get; } =
        [new CanvasGradebookExporter(), new MoodleGradebookExporter(), new SectionTableExporter(), new CheckTableExporter()];
}
