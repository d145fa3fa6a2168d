using Grading.Core.Bulk;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>
/// The students kept out of <c>moodle.csv</c> because Moodle would match them to no user and stop its whole import:
/// who they are, their grade and feedback, and why. Written on every run (only the header when there are none), so
/// an earlier run's list never lingers. Once their identifier is fixed, its grade and feedback columns import as
/// <c>moodle.csv</c>'s do (Moodle's import ignores the columns it is not told to map).
/// </summary>
public sealed class MoodleUnmatchedExporter(MoodleIdentifier identifier = MoodleIdentifier.IdNumber) : IGradebookExporter
{
    public const string Name = "moodle-unmatched.csv";

    public string FileName => Name;

    public void Export(ClassGradebook gradebook, TextWriter writer)
    {
        CsvText.WriteLine(writer, "Student", "Name", MoodleRows.Header(identifier), "Grade", "Feedback", "Why not in moodle.csv");
        foreach (var row in MoodleRows.Of(gradebook, identifier).Where(r => r.Problem is not null))
            CsvText.WriteLine(writer, row.Student.Id, row.Student.Name, row.Identifier, row.Grade, row.Feedback, row.Problem!);
    }
}
