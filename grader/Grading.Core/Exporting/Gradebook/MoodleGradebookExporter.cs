using Grading.Core.Bulk;
using Grading.Core.Results;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>
/// Moodle's "import grades from CSV": an identifier column (the roster id; map it to Moodle's ID
/// number on import), the grade, and a feedback text (total, pending points, each section's first problem).
/// Students with nothing handed in are left out, so Moodle keeps what it has.
/// </summary>
public sealed class MoodleGradebookExporter : IGradebookExporter
{
    public string FileName => "moodle.csv";

    public void Export(ClassGradebook gradebook, TextWriter writer)
    {
        CsvText.WriteLine(writer, "Identifier", "Grade", "Feedback");
        foreach (var entry in gradebook.Entries)
        {
            if (entry.Status == StudentStatus.Missing) continue;
            if (entry.Result is not { } result)
                CsvText.WriteLine(writer, entry.Student.Id, "0", $"Could not be graded: {entry.Error}");
            else
                CsvText.WriteLine(writer, entry.Student.Id, CsvText.Number(result.Score), Feedback(result));
        }
    }

    private static string Feedback(GradingResult result)
    {
        var lines = new List<string> { $"{CsvText.Number(result.Score)}/{CsvText.Number(result.MaxScore)} points." };
        if (result.PendingPoints > 0) lines.Add($"{CsvText.Number(result.PendingPoints)} points pending a TA's grade.");
        // A compile error is every section's first problem: say it once, for all of them.
        lines.AddRange(result.Sections.Where(s => s.FirstProblem is not null).GroupBy(s => s.FirstProblem)
            .Select(g => $"{string.Join(", ", g.Select(s => s.Id))}: {g.Key}"));
        return string.Join("\n", lines);
    }
}
