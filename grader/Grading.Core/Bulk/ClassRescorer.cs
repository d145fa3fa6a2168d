using Grading.Core.Grading;
using Grading.Core.IO;
using Grading.Core.ManualGrading;
using Grading.Core.Results;

namespace Grading.Core.Bulk;

/// <summary>
/// Scores every saved result of a bulk output folder again, from its raw runs, under the current
/// spec, and merges the TAs' scores; no student code runs. Each result and report is rewritten
/// atomically, and only when it changed.
/// </summary>
public static class ClassRescorer
{
    /// <param name="scoringKey">The spec's scoring key (<see cref="ContentHash.Scoring"/>), recorded for each
    /// rescored student so a later bulk run of the same spec finds them current; null leaves records as they are.</param>
    /// <returns>How many results changed.</returns>
    public static int Rescore(Grader grader, BulkLayout layout, ManualScores scores, Func<GradingResult, string> renderReport, string? scoringKey = null)
    {
        int changed = 0;
        foreach (var record in layout.ReadRecords().Where(r => r.Status == StudentStatus.Graded && File.Exists(layout.ResultPath(r.Student.Id))))
        {
            string id = record.Student.Id;
            string before = File.ReadAllText(layout.ResultPath(id));
            var result = ManualScoreMerger.Apply(grader.Rescore(ResultJson.Deserialize(before, layout.ResultPath(id))), scores);
            string after = ResultJson.Serialize(result);
            if (after != before)
            {
                ResultJson.Write(result, layout.ResultPath(id));
                AtomicFile.WriteAllText(layout.ReportPath(id), renderReport(result));
                changed++;
            }
            // The record after the result, as a bulk run writes them: a rescore killed in between only rescores again.
            if (scoringKey is not null && record.ScoringKey != scoringKey) layout.WriteRecord(record with { ScoringKey = scoringKey });
        }
        return changed;
    }
}
