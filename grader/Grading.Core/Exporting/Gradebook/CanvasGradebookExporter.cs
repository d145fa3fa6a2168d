using Grading.Core.Bulk;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>
/// Canvas's gradebook import: <c>Student, ID, SIS User ID, SIS Login ID, Section</c>, then one column
/// named <c>&lt;Assignment&gt; (&lt;id&gt;)</c> where the id is Canvas's number for the assignment (with
/// none, the title alone: Canvas matches it by name or creates the assignment), and a <c>Points Possible</c> row first. A student with
/// nothing handed in gets an empty cell, which Canvas leaves as it was; one whose submission could
/// not be graded gets 0. Pending points (written answers) are not in the score until a TA's are merged.
/// </summary>
/// <param name="canvasAssignmentId">Canvas's assignment number, or null for the title alone.</param>
public sealed class CanvasGradebookExporter(long? canvasAssignmentId = null) : IGradebookExporter
{
    public string FileName => "canvas.csv";

    public void Export(ClassGradebook gradebook, TextWriter writer)
    {
        CsvText.WriteLine(writer, "Student", "ID", "SIS User ID", "SIS Login ID", "Section", GradeColumn(gradebook));
        CsvText.WriteLine(writer, "Points Possible", "", "", "", "", CsvText.Number(gradebook.MaxScore));
        foreach (var entry in gradebook.Entries)
        {
            var s = entry.Student;
            string score = entry.Status switch
            {
                StudentStatus.Graded => CsvText.Number(entry.Result!.Score),
                StudentStatus.Error => "0",
                _ => "",
            };
            CsvText.WriteLine(writer, s.DisplayName, s.CanvasId, s.Id, s.Login, s.Section, score);
        }
    }

    // Canvas reads a trailing "(digits)" as its assignment id; anything else in parentheses would become part of a new assignment's name.
    private string GradeColumn(ClassGradebook gradebook) =>
        canvasAssignmentId is { } id ? $"{gradebook.AssignmentTitle} ({id.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : gradebook.AssignmentTitle;
}
