using Grading.Core.Bulk;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>One row per student and section, for analysis: score, status, time, the first problem.</summary>
public sealed class SectionTableExporter : IGradebookExporter
{
    public string FileName => "sections.csv";

    public void Export(ClassGradebook gradebook, TextWriter writer)
    {
        CsvText.WriteLine(writer, "student", "section", "status", "score", "max_score", "pending_points", "duration_ms", "first_problem");
        foreach (var entry in gradebook.Entries)
        {
            if (entry.Result is null) continue;
            foreach (var s in entry.Result.Sections)
                CsvText.WriteLine(writer, entry.Student.Id, s.Id, s.Status.ToString().ToLowerInvariant(), CsvText.Number(s.Score),
                    CsvText.Number(s.MaxScore), CsvText.Number(s.PendingPoints), CsvText.Number(Math.Round(s.DurationMs, MidpointRounding.AwayFromZero)), s.FirstProblem ?? "");
        }
    }
}
