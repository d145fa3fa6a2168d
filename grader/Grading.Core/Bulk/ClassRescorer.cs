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
    /// <returns>How many results changed.</returns>
    public static int Rescore(Grader grader, BulkLayout layout, ManualScores scores, Func<GradingResult, string> renderReport)
    {
        int changed = 0;
        foreach (var record in layout.ReadRecords().Where(r => r.Status == StudentStatus.Graded && File.Exists(layout.ResultPath(r.Student.Id))))
        {
            string id = record.Student.Id;
            string before = File.ReadAllText(layout.ResultPath(id));
            var result = ManualScoreMerger.Apply(grader.Rescore(ResultJson.Deserialize(before, layout.ResultPath(id))), scores);
            string after = ResultJson.Serialize(result);
            if (after == before) continue;
            ResultJson.Write(result, layout.ResultPath(id));
            AtomicFile.WriteAllText(layout.ReportPath(id), renderReport(result));
            changed++;
        }
        return changed;
    }
}
