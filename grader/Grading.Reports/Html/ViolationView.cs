namespace Grading.Reports.Html;

/// <summary>A rule broken at a place in the student's code.</summary>
public sealed record ViolationView(string Location, string Code, string Message);
