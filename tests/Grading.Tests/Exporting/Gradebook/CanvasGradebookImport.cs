using Grading.Core.Bulk;

namespace Grading.Tests.Exporting.Gradebook;

/// <summary>
/// A minimal re-implementation of how Canvas's gradebook import reads the student columns and finds each row's
/// student, to run our <c>canvas.csv</c> through. It follows instructure/canvas-lms <c>lib/gradebook_importer.rb</c>
/// (commit 00b222d7):
/// <list type="bullet">
/// <item>the header must start "Student", "ID" (<c>row_has_student_headers?</c>, lines 427-430); "SIS User ID" then
/// "SIS Login ID" add two student columns (<c>update_column_count</c>, 432-453); the last student column must be
/// "Section" (<c>header?</c>, 409-420), else the import fails with "Invalid header row";</item>
/// <item>a row whose first cell holds "Points Possible" is not a student (<c>check_for_non_student_row</c>);</item>
/// <item>a row's student is the course student whose Canvas id is the ID cell (<c>process_student</c>, 558-559),
/// else whose SIS user id, else whose login, is that cell (574-576), else whose name is the Student cell (578-582);
/// else a new user: an unknown student the import cannot grade on its own (583, 588 <c>@missing_student</c>).</item>
/// </list>
/// </summary>
internal sealed class CanvasGradebookImport(IReadOnlyList<CanvasStudent> students)
{
    /// <summary>Each student row: the course student it matched (null: unknown) and its grade cell.</summary>
    public IReadOnlyList<(string Name, CanvasStudent? Student, string Grade)> Import(string csvPath)
    {
        var csv = CsvFile.Read(csvPath);
        var header = csv.Header;
        if (!(header.Count > 3 && header[0].Contains("Student") && header[1].Contains("ID")))
            throw new InvalidDataException("Invalid header row");
        int studentColumns = 3;
        int? sisUserColumn = null, loginColumn = null;
        if (header[2].Contains("SIS Login ID")) (loginColumn, studentColumns) = (2, 4);
        else if (header[2].Contains("SIS User ID") && header.Count > 3 && header[3].Contains("SIS Login ID")) (sisUserColumn, loginColumn, studentColumns) = (2, 3, 5);
        if (!header[studentColumns - 1].Contains("Section")) throw new InvalidDataException("Invalid header row");

        var rows = new List<(string, CanvasStudent?, string)>();
        foreach (var row in csv.Rows.Where(r => !r.Fields[0].Contains("Points Possible")))
        {
            string Cell(int? i) => i is { } at && at < row.Fields.Count ? row.Fields[at] : "";
            var student = int.TryParse(Cell(1), out int id) ? students.FirstOrDefault(s => s.Id == id) : null;
            if (student is null && Cell(sisUserColumn).Length > 0) student = students.FirstOrDefault(s => s.SisUserId == Cell(sisUserColumn));
            if (student is null && Cell(loginColumn).Length > 0) student = students.FirstOrDefault(s => s.LoginId == Cell(loginColumn));
            student ??= students.FirstOrDefault(s => s.Name == Cell(0));
            rows.Add((Cell(0), student, Cell(studentColumns)));
        }
        return rows;
    }
}
