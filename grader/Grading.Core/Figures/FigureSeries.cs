namespace Grading.Core.Figures;

/// <summary>One line of a <see cref="FigureKind.Line"/> figure: its values, or the name of the run's value it draws.</summary>
/// <param name="Y">The values; null when <paramref name="ValueKey"/> names them.</param>
/// <param name="X">The x of each value; null: 0, 1, 2, … (steps, epochs).</param>
/// <param name="ValueKey">A key of the section's raw <c>values</c> to draw instead of <paramref name="Y"/>: a series
/// the run already recorded (a loss per epoch) is not saved twice in the result.</param>
public sealed record FigureSeries(string Name, double[]? Y = null, double[]? X = null, string? ValueKey = null)
{
    /// <summary>A series drawn from the run's value <paramref name="key"/>.</summary>
    public static FigureSeries OfValue(string name, string key) => new(name, ValueKey: key);

    /// <summary>The values to draw: <see cref="Y"/>, else the run's value named by <see cref="ValueKey"/> (none when absent).</summary>
    public double[] Resolve(IReadOnlyDictionary<string, double[]>? values) =>
        Y ?? (ValueKey is { } key ? values?.GetValueOrDefault(key) : null) ?? [];
}
