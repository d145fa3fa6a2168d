namespace Grading.Reports.Html;

/// <summary>A labelled value of the header's environment list.</summary>
public sealed record FactView(string Label, string Value);
