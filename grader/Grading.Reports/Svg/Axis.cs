namespace Grading.Reports.Svg;

/// <summary>One axis: its data domain, its pixel span and its ticks; maps values to pixels.</summary>
internal sealed class Axis
{
    private Axis(double min, double max, bool log, double pixelFrom, double pixelTo, IReadOnlyList<double> ticks)
    {
        (Min, Max, Log, PixelFrom, PixelTo, Ticks) = (min, max, log, pixelFrom, pixelTo, ticks);
    }

    public double Min { get; }
    public double Max { get; }
    public bool Log { get; }
    public double PixelFrom { get; }
    public double PixelTo { get; }
    public IReadOnlyList<double> Ticks { get; }

    private const double Huge = 1e300, Tiny = 1e-300;

    /// <summary>Whether a value can be placed on this axis (finite; positive on a log axis).</summary>
    public static bool Accepts(double value, bool log) => double.IsFinite(value) && (!log || value > 0);

    public bool Accepts(double value) => Accepts(value, Log);

    public double Map(double value)
    {
        // Only values beyond the clamped domain (|v| > 1e300) fall outside; pin them to its edge.
        value = Math.Clamp(value, Min, Max);
        var t = Log
            ? (Math.Log10(value) - Math.Log10(Min)) / (Math.Log10(Max) - Math.Log10(Min))
            : (value - Min) / (Max - Min);
        return PixelFrom + t * (PixelTo - PixelFrom);
    }

    /// <summary>An axis over the accepted values, or null when none is accepted.</summary>
    /// <param name="nice">Widen a linear domain to whole tick steps (for Y); X keeps the data's extent
    /// so a curve starts and ends at the plot's edges.</param>
    public static Axis? Build(IEnumerable<double> values, bool log, bool nice, double pixelFrom, double pixelTo, int targetTicks)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (!Accepts(v, log)) continue;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        if (min > max) return null;
        // A diverged run reaches 1e308: any span or padding on top of that overflows to infinity
        // (and an infinite tick range never ends). Nothing readable lies beyond 1e±300 anyway.
        (min, max) = log
            ? (Math.Clamp(min, Tiny, Huge), Math.Clamp(max, Tiny, Huge))
            : (Math.Clamp(min, -Huge, Huge), Math.Clamp(max, -Huge, Huge));
        return log ? BuildLog(min, max, pixelFrom, pixelTo) : BuildLinear(min, max, nice, pixelFrom, pixelTo, targetTicks);
    }

    private static Axis BuildLog(double min, double max, double pixelFrom, double pixelTo)
    {
        double lo = Math.Log10(min), hi = Math.Log10(max);
        if (hi - lo < 1e-9) { lo -= Math.Log10(2); hi += Math.Log10(2); }
        // A little room so the extreme points do not sit on the frame.
        var pad = (hi - lo) * 0.04;
        double dMin = Math.Pow(10, Math.Max(lo - pad, -305)), dMax = Math.Pow(10, Math.Min(hi + pad, 305));
        return new Axis(dMin, dMax, true, pixelFrom, pixelTo, TickGenerator.Log(dMin, dMax));
    }

    private static Axis BuildLinear(double min, double max, bool nice, double pixelFrom, double pixelTo, int targetTicks)
    {
        if (max - min <= Math.Abs(max) * 1e-12)
        {
            // A constant series still needs a span: pad by a tenth of the value, or by one around zero.
            var pad = min == 0 ? 1 : Math.Abs(min) * 0.1;
            (min, max) = (min - pad, max + pad);
        }
        if (nice)
        {
            var (lo, hi, ticks) = TickGenerator.LinearNice(min, max, targetTicks);
            return new Axis(lo, hi, false, pixelFrom, pixelTo, ticks);
        }
        return new Axis(min, max, false, pixelFrom, pixelTo, TickGenerator.Linear(min, max, targetTicks));
    }
}
