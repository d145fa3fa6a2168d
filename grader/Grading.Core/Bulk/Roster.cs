namespace Grading.Core.Bulk;

/// <summary>
/// The class list: a CSV with an <c>id</c> column and optionally <c>name</c>, <c>github</c>,
/// <c>section</c>, <c>canvas_id</c>, <c>login</c>, <c>email</c>. It maps a submission folder's name to a student,
/// by id, GitHub username (also as a GitHub Classroom folder, <c>&lt;assignment&gt;-&lt;username&gt;</c>) or name.
/// </summary>
public sealed class Roster
{
    private static readonly string[] Optional = ["name", "github", "section", "canvas_id", "login", "email"];

    public Roster(IReadOnlyList<RosterEntry> students) => Students = students;

    public IReadOnlyList<RosterEntry> Students { get; }

    public static Roster Empty { get; } = new([]);

    public static Roster Read(string path)
    {
        var csv = CsvFile.Read(path);
        var columns = csv.Columns(["id"], Optional);
        var students = new List<RosterEntry>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var logins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in csv.Rows)
        {
            string Field(string name) => CsvFile.Field(row, columns, name);
            var entry = new RosterEntry(Field("id"), Field("name"), Field("github"), Field("section"), Field("canvas_id"), Field("login"), Field("email"))
            {
                OnRoster = true,
            };
            if (entry.Id.Length == 0) throw new BulkInputException($"{csv.At(row.Line)}: the student has no id.");
            if (!ids.Add(entry.Id)) throw new BulkInputException($"{csv.At(row.Line)}: the id '{entry.Id}' appears twice.");
            if (entry.GitHub.Length > 0 && !logins.Add(entry.GitHub))
                throw new BulkInputException($"{csv.At(row.Line)}: the GitHub username '{entry.GitHub}' appears twice.");
            students.Add(entry);
        }
        return new Roster(students);
    }

    /// <summary>The student a submission folder (or zip, without .zip) belongs to, or null when none matches.</summary>
    public RosterEntry? Match(string folderName)
    {
        bool Same(string a, string b) => a.Length > 0 && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        return Students.FirstOrDefault(s => Same(s.Id, folderName))
            ?? Students.FirstOrDefault(s => Same(s.GitHub, folderName))
            // Classroom names each repository <assignment prefix>-<username>; the longest username wins.
            ?? Students.Where(s => s.GitHub.Length > 0 && folderName.EndsWith("-" + s.GitHub, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(s => s.GitHub.Length).FirstOrDefault()
            ?? Students.FirstOrDefault(s => Same(s.Name, folderName));
    }
}
