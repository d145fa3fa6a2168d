namespace Grading.Core.Figures;

/// <summary>One line of a <see cref="FigureKind.Line"/> figure.</summary>
/// <param name="X">The x of each value; null: 0, 1, 2, … (steps, epochs), which keeps the saved result small.</param>
public sealed record FigureSeries(string Name, double[] Y, double[]? X = null);
