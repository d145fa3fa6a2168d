namespace Grading.Reports.ClassSummary;

/// <summary>One written answer of one student, with its points so far.</summary>
internal sealed record AnswerRowView(string Student, string Answer, string Points, bool Pending);
