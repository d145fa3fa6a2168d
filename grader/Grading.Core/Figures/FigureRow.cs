namespace Grading.Core.Figures;

/// <summary>One row of a <see cref="FigureKind.Table"/> figure: a submitted value beside the reference's.</summary>
/// <param name="Label">A second name (e.g. the data column a weight multiplies); may be empty.</param>
/// <param name="Submitted">Null when the submission has no such value.</param>
/// <param name="Reference">Null when the reference has no such value.</param>
/// <param name="Ok">False flags the row (out of tolerance, missing).</param>
public sealed record FigureRow(string Name, string Label, double? Submitted, double? Reference, bool Ok);
