using Grading.Core.Checks;
using Grading.Core.Results;
using Grading.Core.Scoring;

namespace Grading.Core.ManualGrading;

/// <summary>
/// Puts TAs' scores into a result: each scored question's answer check (<c>answer n</c>) becomes a
/// <c>manual</c> check with the TA's points and comment, no longer pending; the section's and the
/// result's totals and statuses follow. Applied to a freshly scored result (see <c>rescore</c>), so a
/// score removed from the file is removed from the result too.
/// </summary>
public static class ManualScoreMerger
{
    public const string Kind = "manual";

    public static GradingResult Apply(GradingResult result, ManualScores scores)
    {
        if (scores.Count == 0) return result;
        var sections = result.Sections.Select(s => Apply(result.Student, s, scores)).ToList();
        return result with
        {
            Sections = sections,
            Score = sections.Sum(s => s.Score),
            PendingPoints = sections.Sum(s => s.PendingPoints),
        };
    }

    private static SectionResult Apply(string student, SectionResult section, ManualScores scores)
    {
        if (section.Questions is null) return section;
        bool changed = false;
        var checks = section.Checks.Select(check =>
        {
            if (QuestionOf(check) is not int q || scores.Find(student, section.Id, q) is not { } score) return check;
            changed = true;
            string message = score.Comment.Length > 0 ? $"graded by a TA: {score.Comment}" : "graded by a TA.";
            return new CheckOutcome(check.Name, Kind, score.Points >= check.MaxPoints - 1e-9, false, score.Points, check.MaxPoints, message);
        }).ToList();
        if (!changed) return section;
        double points = checks.Sum(c => c.Points);
        double pending = checks.Where(c => c.Pending).Sum(c => c.MaxPoints);
        return section with
        {
            Checks = checks,
            Score = points,
            PendingPoints = pending,
            Status = SectionScorer.StatusOf(section.Raw, checks, points, pending),
        };
    }

    // AnswersCheck names its outcomes "answer 1", "answer 2", ... in question order.
    private static int? QuestionOf(CheckOutcome check) =>
        check.Name.StartsWith("answer ", StringComparison.Ordinal) && int.TryParse(check.Name["answer ".Length..], out int q) ? q : null;
}
