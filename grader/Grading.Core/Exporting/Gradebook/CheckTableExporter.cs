using Grading.Core.Bulk;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>One row per student, section and check, for analysis: which checks a class fails, and how.</summary>
public sealed class CheckTableExporter : IGradebookExporter
{
    public string FileName => "checks.csv";

    public void Export(ClassGradebook gradebook, TextWriter writer)
    {
        CsvText.WriteLine(writer, "student", "section", "check", "kind", "passed", "pending", "points", "max_points", "message");
        foreach (var entry in gradebook.Entries)
        {
            if (entry.Result is null) continue;
            foreach (var section in entry.Result.Sections)
            foreach (var c in section.Checks)
                CsvText.WriteLine(writer, entry.Student.Id, section.Id, c.Name, c.Kind, c.Passed ? "true" : "false", c.Pending ? "true" : "false",
                    CsvText.Number(c.Points), CsvText.Number(c.MaxPoints), c.Message);
        }
    }
}
