using Grading.Core.Bulk;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>Writes the class's gradebook in one format. Each exporter is a small plug-in: add one to <see cref="GradebookExporters.Create"/>.</summary>
public interface IGradebookExporter
{
    /// <summary>The file it writes in the bulk output folder, e.g. <c>canvas.csv</c>.</summary>
    string FileName { get; }

    void Export(ClassGradebook gradebook, TextWriter writer);
}
