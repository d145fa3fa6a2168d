namespace Grading.Reports.ClassSummary;

/// <summary>A written question with every student's answer.</summary>
internal sealed record QuestionView(string Id, string Text, IReadOnlyList<AnswerRowView> Answers);
