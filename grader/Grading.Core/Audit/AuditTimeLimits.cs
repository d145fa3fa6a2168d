using Grading.Core.Assignments;
using Grading.Core.Results;

namespace Grading.Core.Audit;

/// <summary>
/// The time limits mutants run under. A mutant that loops for ever would hold a job for the section's whole limit
/// (60 s in PS1) where the reference takes a second or two: like Stryker's timeout (the test run's time × 1.5 + 5 s),
/// the limit is the reference's own time, scaled with room for a loaded machine: 4 × its time + 5 s, at least 10 s,
/// never over the assignment's limit. The grader scales every limit by one factor, so the largest need sets it.
/// </summary>
public static class AuditTimeLimits
{
    public static double Factor(AssignmentSpec spec, GradingResult baseline, IReadOnlySet<string> audited)
    {
        double factor = 0;
        foreach (var section in spec.Sections.Where(s => audited.Contains(s.Id)))
        {
            double seconds = (baseline.Sections.FirstOrDefault(s => s.Id == section.Id)?.DurationMs ?? 0) / 1000;
            double needed = Math.Max(10, 4 * seconds + 5);
            factor = Math.Max(factor, needed / section.TimeLimitSeconds);
        }
        return Math.Clamp(factor, 0.01, 1.0);
    }
}
