using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Figures;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Core.Scoring;

/// <summary>Turns a section's raw run into a scored section. Pure: the same run always scores the same,
/// which is what lets a saved result be rescored.</summary>
public sealed class SectionScorer(CheckRegistry checks, ISectionFigures figures)
{
    public SectionResult Score(AssignmentSpec assignment, SectionSpec section, SectionRun run, object reference)
    {
        var outcomes = run.Outcome == RunOutcome.Completed
            ? section.Checks.SelectMany(spec => checks[spec.Kind].Evaluate(new CheckContext(assignment, section, spec, run, reference))).ToList()
            : section.Checks.Select(NotRun).ToList();
        var drawn = figures.For(assignment, section, run, reference);
        double score = outcomes.Sum(c => c.Points);
        double pending = outcomes.Where(c => c.Pending).Sum(c => c.MaxPoints);
        return new SectionResult
        {
            Id = section.Id,
            Title = section.Title,
            Score = score,
            MaxScore = section.Points,
            PendingPoints = pending,
            Status = StatusOf(run, outcomes, score, pending),
            DurationMs = run.DurationMs,
            Device = run.Device,
            Output = run.Output.Text,
            OutputTruncatedChars = run.Output.TruncatedChars,
            Error = run.Error,
            Checks = outcomes,
            Raw = run,
            Questions = section.Questions.Count > 0 ? section.Questions.Select(q => q.Text).ToList() : null,
            Figures = drawn.Count > 0 ? drawn : null,
        };
    }

    /// <summary>The section's error is shown once, as the section's; each check just says it was not run.</summary>
    private static CheckOutcome NotRun(CheckSpec spec) =>
        new(spec.Key ?? spec.Kind, spec.Kind, false, false, 0, spec.Points, "not checked: the section did not run to the end (see its error).");

    internal static SectionStatus StatusOf(SectionRun run, IReadOnlyList<CheckOutcome> outcomes, double score, double pending)
    {
        if (run.Outcome != RunOutcome.Completed) return SectionStatus.Error;
        bool anyFailed = outcomes.Any(c => !c.Passed);
        if (!anyFailed) return pending > 0 ? SectionStatus.Pending : SectionStatus.Passed;
        return score + pending > 0 ? SectionStatus.Partial : SectionStatus.Failed;
    }
}
