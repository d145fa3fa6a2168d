using Grading.Core.Bulk;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>
/// Moodle's "import grades from CSV": an identifier column (the roster column the TA chose, headed with the Moodle
/// user field to map it to: ID number, username or email address), the grade, and a feedback text (total, pending
/// points, each section's first problem). Students with nothing handed in are left out, so Moodle keeps what it has.
/// A student Moodle could not match (not on the roster, no such roster field) is left out too, since one unknown
/// identifier stops Moodle's whole import; they are in <see cref="MoodleUnmatchedExporter"/>'s file instead.
/// </summary>
public sealed class MoodleGradebookExporter(MoodleIdentifier identifier = MoodleIdentifier.IdNumber) : IGradebookExporter
{
    public string FileName => "moodle.csv";

    public void Export(ClassGradebook gradebook, TextWriter writer)
    {
        CsvText.WriteLine(writer, MoodleRows.Header(identifier), "Grade", "Feedback");
        foreach (var row in MoodleRows.Of(gradebook, identifier).Where(r => r.Problem is null))
            CsvText.WriteLine(writer, row.Identifier, row.Grade, row.Feedback);
    }
}
