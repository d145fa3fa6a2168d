namespace Grading.Core.Figures;

/// <summary>
/// A sample of values for a <see cref="FigureKind.Sample"/> figure: summary statistics of all of them, and every
/// <see cref="Stride"/>-th value for plotting (a few thousand points keep the saved result small).
/// </summary>
public sealed record FigureSample(int Count, int Stride, double Mean, double StandardDeviation, double Min, double Max, double[] Values)
{
    public const int MaxPoints = 2000;

    /// <summary>The sample of <paramref name="values"/>, or null when there are none or any is not finite.</summary>
    public static FigureSample? Of(double[] values)
    {
        if (values.Length == 0 || !values.All(double.IsFinite)) return null;
        int stride = Math.Max(1, (values.Length + MaxPoints - 1) / MaxPoints);
        double mean = values.Average();
        double sd = Math.Sqrt(values.Sum(r => (r - mean) * (r - mean)) / Math.Max(1, values.Length - 1));
        var sample = values.Where((_, i) => i % stride == 0).ToArray();
        return new FigureSample(values.Length, stride, mean, sd, values.Min(), values.Max(), sample);
    }
}
