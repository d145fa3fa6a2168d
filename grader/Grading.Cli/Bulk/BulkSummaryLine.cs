using System.Globalization;
using Grading.Core.Bulk;
using Grading.Core.Exporting.Text;

namespace Grading.Cli.Bulk;

/// <summary>The line that closes a bulk run: how many students, how long, and what became of them.</summary>
internal static class BulkSummaryLine
{
    public static string For(BulkRunSummary summary, int jobs)
    {
        string seconds = summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        string rescored = summary.Rescored > 0 ? $"; {summary.Rescored} rescored (only the scoring changed)" : "";
        return $"{Counted.Of(summary.Outcomes.Count, "student")} in {seconds} s with {Counted.Of(jobs, "job")}: "
            + $"{summary.Graded} graded, {summary.Skipped} unchanged, {summary.Errors} could not be graded, {summary.Missing} handed nothing in{rescored}.";
    }
}
