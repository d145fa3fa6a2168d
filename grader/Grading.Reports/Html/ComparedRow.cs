namespace Grading.Reports.Html;

/// <summary>One compared value in a check's table, formatted: submitted, expected, difference, tolerance.</summary>
public sealed record ComparedRow(string Name, string Submitted, string Expected, string Difference, string Tolerance, bool Ok);
