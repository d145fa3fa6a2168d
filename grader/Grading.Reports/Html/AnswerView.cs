namespace Grading.Reports.Html;

/// <summary>A written question with the student's answer and its check's verdict.</summary>
public sealed record AnswerView(string Number, string Question, string Answer, string Verdict, string Message);
