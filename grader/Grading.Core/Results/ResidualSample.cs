namespace Grading.Core.Results;

/// <summary>
/// The prediction errors of a section's weights: summary statistics of all rows, and every
/// <see cref="Stride"/>-th row's error for plotting (a few thousand points keep the result small).
/// </summary>
public sealed record ResidualSample(int Count, int Stride, double Mean, double StandardDeviation, double Min, double Max, double[] Values)
{
    public const int MaxPoints = 2000;

    public static ResidualSample? Of(double[] residuals)
    {
        if (residuals.Length == 0 || !residuals.All(double.IsFinite)) return null;
        int stride = Math.Max(1, (residuals.Length + MaxPoints - 1) / MaxPoints);
        double mean = residuals.Average();
        double sd = Math.Sqrt(residuals.Sum(r => (r - mean) * (r - mean)) / Math.Max(1, residuals.Length - 1));
        var sample = residuals.Where((_, i) => i % stride == 0).ToArray();
        return new ResidualSample(residuals.Length, stride, mean, sd, residuals.Min(), residuals.Max(), sample);
    }
}
