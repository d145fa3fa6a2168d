namespace Grading.Reports.ClassSummary;

/// <summary>A section's or a check's pass rate across the graded class.</summary>
internal sealed record PassRateView(string Section, string Name, int Passed, int Total, string Percent, string MeanPoints);
