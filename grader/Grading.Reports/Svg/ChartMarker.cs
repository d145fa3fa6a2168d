namespace Grading.Reports.Svg;

/// <summary>A horizontal reference line drawn dashed across the plot with its label, e.g. the optimum loss.</summary>
public sealed record ChartMarker(double Y, string Label);
