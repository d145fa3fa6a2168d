namespace Grading.Reports.ClassSummary;

/// <summary>One student in the class list, with a link to their report when graded.</summary>
internal sealed record StudentRowView(string Id, string Name, string Section, string Status, string Score, string? Report, string Note);
