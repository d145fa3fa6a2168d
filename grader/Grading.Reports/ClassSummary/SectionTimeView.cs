namespace Grading.Reports.ClassSummary;

/// <summary>A section's time across the class, in seconds.</summary>
internal sealed record SectionTimeView(string Section, string Median, string P90, string Max);
