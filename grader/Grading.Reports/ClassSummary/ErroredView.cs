namespace Grading.Reports.ClassSummary;

/// <summary>A student who could not be graded, and why.</summary>
internal sealed record ErroredView(string Student, string Error);
