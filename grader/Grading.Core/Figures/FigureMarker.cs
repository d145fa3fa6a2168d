namespace Grading.Core.Figures;

/// <summary>A horizontal reference line across a line figure (an optimum, a bound).</summary>
public sealed record FigureMarker(double Value, string Label);
