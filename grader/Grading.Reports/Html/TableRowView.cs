namespace Grading.Reports.Html;

/// <summary>A row of a table figure, formatted; <see cref="Off"/> flags what the harness judged out of tolerance or missing.</summary>
public sealed record TableRowView(string Name, string Label, string Submitted, string Reference, string Difference, bool Off);
