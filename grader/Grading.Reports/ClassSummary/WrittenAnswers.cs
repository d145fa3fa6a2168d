using Grading.Core.Bulk;

namespace Grading.Reports.ClassSummary;

/// <summary>Every written answer of the class, grouped by question, for TAs grading them side by side.</summary>
internal static class WrittenAnswers
{
    public static IReadOnlyList<QuestionView> Build(ClassGradebook gradebook)
    {
        var graded = gradebook.Entries.Where(e => e.Result is not null).ToList();
        var written = graded.SelectMany(e => e.Result!.Sections).Where(s => s.Questions is { Count: > 0 })
            .GroupBy(s => s.Id).Select(g => g.First()).ToList();
        return written.SelectMany(section => section.Questions!.Select((text, q) => new QuestionView(
            $"{section.Id}.{q + 1}", text,
            graded.Select(e => (e.Student.Id, Section: e.Result!.Sections.FirstOrDefault(s => s.Id == section.Id)))
                .Where(x => x.Section is not null)
                .Select(x =>
                {
                    var answers = x.Section!.Raw.Answers ?? [];
                    var check = x.Section.Checks.FirstOrDefault(c => c.Name == $"answer {q + 1}");
                    string points = check is null ? "–" : $"{ClassSummaryBuilder.Num(check.Points)}/{ClassSummaryBuilder.Num(check.MaxPoints)}";
                    return new AnswerRowView(x.Id, q < answers.Count ? answers[q] ?? "" : "", points, check?.Pending ?? false);
                }).ToList()))).ToList();
    }
}
