using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Core.Audit;

/// <summary>
/// Reads a mutant's grade against the reference's: a section that ran past its limit or whose worker died says the
/// limits noticed (reported apart from the checks); any point lost in a section the mutant changes says a check
/// noticed; keeping every point there is a survivor. Only the mutant's own sections count: the others were not run.
/// </summary>
internal static class MutantClassifier
{
    // Scores are sums of check points; a rescaled float could differ in the last bit without a point lost.
    private const double Epsilon = 1e-9;

    public static MutantResult Classify(Mutant mutant, GradingResult graded, GradingResult baseline, double durationMs)
    {
        if (!graded.Compilation.Succeeded)
        {
            var error = graded.Compilation.Diagnostics.FirstOrDefault(d => d.Severity == "error");
            return new MutantResult { Mutant = mutant, Status = MutantStatus.NotCompiled, CompileError = error?.ToString(), DurationMs = durationMs };
        }
        var grades = mutant.Sections.Select(id => Grade(graded, baseline, id)).OfType<MutantSectionGrade>().ToList();
        var status = grades.Any(g => g.Outcome == Outcome(RunOutcome.TimedOut)) ? MutantStatus.TimedOut
            : grades.Any(g => g.Outcome == Outcome(RunOutcome.Crashed)) ? MutantStatus.Crashed
            : grades.Any(g => g.Score < g.ReferenceScore - Epsilon) ? MutantStatus.Killed
            : MutantStatus.Survived;
        return new MutantResult { Mutant = mutant, Status = status, Sections = grades, DurationMs = durationMs };
    }

    private static MutantSectionGrade? Grade(GradingResult graded, GradingResult baseline, string id)
    {
        if (graded.Sections.FirstOrDefault(s => s.Id == id) is not { } section) return null;
        double reference = baseline.Sections.FirstOrDefault(s => s.Id == id)?.Score ?? section.MaxScore;
        return new MutantSectionGrade(id, section.Score, section.MaxScore, reference, Outcome(section.Raw.Outcome), section.Error,
            section.Checks.Where(c => c.Passed).Select(c => c.Name).ToList(),
            section.Checks.Where(c => !c.Passed).Select(c => new MutantCheck(c.Name, c.Points, c.MaxPoints, c.Message)).ToList());
    }

    private static string Outcome(RunOutcome outcome) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(outcome.ToString());
}
