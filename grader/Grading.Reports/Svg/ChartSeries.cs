namespace Grading.Reports.Svg;

/// <summary>One named series of (X, Y) pairs. Non-finite values are allowed: charts skip them
/// (a diverged loss history ends in NaN or infinity and must still be shown up to that point).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    /// <summary>A series whose X is the index 0, 1, 2, ... (one loss per epoch, one residual per row).</summary>
    public static ChartSeries Indexed(string name, IReadOnlyList<double> y) =>
        new(name, Enumerable.Range(0, y.Count).Select(i => (double)i).ToArray(), y);

    internal void EnsureSameLength()
    {
        if (X.Count != Y.Count)
            throw new ArgumentException($"Series '{Name}' has {X.Count} X values but {Y.Count} Y values.");
    }
}
