namespace Grading.Reports.Svg;

/// <summary>Gaussian kernel density estimate, as the notebook's <c>sns.kdeplot</c> draws the error density
/// (Silverman's rule of thumb for the bandwidth, here in its robust 0.9·min(sd, IQR/1.34) form).</summary>
public static class KernelDensity
{
    private static readonly double InvSqrt2Pi = 1 / Math.Sqrt(2 * Math.PI);

    /// <summary>The density on <paramref name="gridPoints"/> evenly spaced points from min−3h to max+3h;
    /// non-finite values are ignored; no finite values gives empty arrays.</summary>
    public static (double[] X, double[] Density) Estimate(IReadOnlyList<double> values, int gridPoints = 200)
    {
        if (gridPoints < 2) throw new ArgumentOutOfRangeException(nameof(gridPoints), "At least two grid points are needed.");
        var data = values.Where(double.IsFinite).ToArray();
        if (data.Length == 0) return ([], []);
        Array.Sort(data);

        var h = SilvermanBandwidth(data);
        double lo = data[0] - 3 * h, hi = data[^1] + 3 * h;
        var xs = new double[gridPoints];
        var density = new double[gridPoints];
        var norm = InvSqrt2Pi / (data.Length * h);
        for (var g = 0; g < gridPoints; g++)
        {
            var x = lo + (hi - lo) * g / (gridPoints - 1);
            // Data are sorted: only values within 8h contribute more than e^-32 each; skip the rest.
            var from = LowerBound(data, x - 8 * h);
            var sum = 0.0;
            for (var i = from; i < data.Length && data[i] <= x + 8 * h; i++)
            {
                var u = (x - data[i]) / h;
                sum += Math.Exp(-0.5 * u * u);
            }
            (xs[g], density[g]) = (x, sum * norm);
        }
        return (xs, density);
    }

    /// <summary>0.9·min(sd, IQR/1.34)·n^(−1/5), with sd the sample standard deviation and the quartiles
    /// linearly interpolated (numpy's default). Falls back to sd when the IQR is zero, and to a tenth of
    /// the magnitude (or 1) for constant data, so a constant residual still gets a drawable bump.</summary>
    public static double SilvermanBandwidth(IReadOnlyList<double> values)
    {
        var data = values.Where(double.IsFinite).Order().ToArray();
        if (data.Length == 0) throw new ArgumentException("No finite values.", nameof(values));
        var n = data.Length;
        var mean = data.Average();
        var sd = n > 1 ? Math.Sqrt(data.Sum(v => (v - mean) * (v - mean)) / (n - 1)) : 0;
        var iqr = Quantile(data, 0.75) - Quantile(data, 0.25);
        var spread = Math.Min(sd, iqr / 1.34);
        if (spread <= 0) spread = sd;
        if (spread <= 0) return mean == 0 ? 1 : Math.Abs(mean) * 0.1;
        return 0.9 * spread * Math.Pow(n, -0.2);
    }

    private static double Quantile(double[] sorted, double q)
    {
        var pos = q * (sorted.Length - 1);
        var i = (int)Math.Floor(pos);
        return i + 1 < sorted.Length ? sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
