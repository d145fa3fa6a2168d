using System.Text.Json;
using Grading.Core.Assignments;

namespace Grading.Core.Bulk;

/// <summary>The class's results, read from a bulk output folder: what every gradebook export and the class summary are views of.</summary>
public sealed record ClassGradebook(string AssignmentId, string AssignmentTitle, double MaxScore, IReadOnlyList<GradebookEntry> Entries)
{
    public static ClassGradebook Load(BulkLayout layout, AssignmentSpec spec)
    {
        var entries = layout.ReadRecords().Select(record =>
        {
            string id = record.Student.Id;
            if (record.Status != StudentStatus.Graded || !File.Exists(layout.ResultPath(id)))
                return new GradebookEntry(record.Student, record.Status, null, record.Error, record.Note, null);
            try
            {
                var result = layout.ReadResult(id);
                string report = Path.GetRelativePath(layout.Root, layout.ReportPath(id)).Replace('\\', '/');
                return new GradebookEntry(record.Student, record.Status, result, null, record.Note, report);
            }
            catch (JsonException e)
            {
                return new GradebookEntry(record.Student, StudentStatus.Error, null, $"the saved result cannot be read ({e.Message}); grade again with --regrade", record.Note, null);
            }
        }).ToList();
        return new ClassGradebook(spec.Id, spec.Title, spec.MaxScore, entries);
    }
}
