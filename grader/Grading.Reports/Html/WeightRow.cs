namespace Grading.Reports.Html;

/// <summary>A weight beside the reference; <see cref="OutOfTolerance"/> marks the differences the check rejected.</summary>
public sealed record WeightRow(string Name, string Label, string Submitted, string Reference, string Difference, bool OutOfTolerance);
