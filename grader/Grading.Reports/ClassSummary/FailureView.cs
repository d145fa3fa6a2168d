namespace Grading.Reports.ClassSummary;

/// <summary>A failure message and how many students got it.</summary>
internal sealed record FailureView(string Section, string Message, int Count);
