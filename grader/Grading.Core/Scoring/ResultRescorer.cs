using Grading.Core.Assignments;
using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Core.Scoring;

/// <summary>
/// Scores a saved result again from its raw runs under the current spec (points, tolerances, checks),
/// running no student code. What ran is not redone: a change to what runs (epochs, data, rules on the
/// code) needs the submission graded again.
/// </summary>
internal static class ResultRescorer
{
    public static GradingResult Rescore(AssignmentSpec spec, SectionScorer scorer, object reference, GradingResult saved)
    {
        if (saved.Assignment != spec.Id)
            throw new GradingException($"{saved.Student}'s result is for '{saved.Assignment}', not '{spec.Id}'.");
        var sections = spec.Sections.Select(section =>
        {
            var old = saved.Sections.FirstOrDefault(s => s.Id == section.Id)
                ?? throw new GradingException($"{saved.Student}'s result has no section {section.Id}: grade the submission again (--regrade).");
            // The output is stored once, on the section; the checks read it from the run.
            var run = old.Raw with { Output = new CapturedOutput(old.Output, old.OutputTruncatedChars) };
            return scorer.Score(spec, section, run, reference) with { ReferenceDurationMs = old.ReferenceDurationMs };
        }).ToList();
        return saved with
        {
            AssignmentTitle = spec.Title,
            Sections = sections,
            Score = sections.Sum(s => s.Score),
            MaxScore = spec.MaxScore,
            PendingPoints = sections.Sum(s => s.PendingPoints),
        };
    }
}
