namespace Grading.Reports.Svg;

/// <summary>One axis: its data domain, its pixel span and its ticks; maps values to pixels.</summary>
internal sealed class Axis
{
    private Axis(double min, double max, AxisScale scale, double pixelFrom, double pixelTo, IReadOnlyList<double> ticks, IReadOnlyList<double>? minorTicks = null)
    {
        (Min, Max, Scale, PixelFrom, PixelTo, Ticks, MinorTicks) = (min, max, scale, pixelFrom, pixelTo, ticks, minorTicks ?? []);
    }

    public double Min { get; }
    public double Max { get; }
    public AxisScale Scale { get; }
    public bool Log => Scale == AxisScale.Log;
    public double PixelFrom { get; }
    public double PixelTo { get; }
    /// <summary>Labelled ticks.</summary>
    public IReadOnlyList<double> Ticks { get; }
    /// <summary>Short unlabelled ticks between them (2 to 9 times a power of ten on a <see cref="AxisScale.LogSteps"/> axis):
    /// on a log axis they show that the spacing shrinks within each decade.</summary>
    public IReadOnlyList<double> MinorTicks { get; }

    private const double Huge = 1e300, Tiny = 1e-300;

    /// <summary>Whether a value can be placed on this axis (finite; positive on a log axis).</summary>
    public static bool Accepts(double value, bool log) => Accepts(value, log ? AxisScale.Log : AxisScale.Linear);

    /// <summary>Whether a value can be placed on an axis of <paramref name="scale"/> (finite; positive on a log
    /// axis; above -1 on a log-steps axis).</summary>
    public static bool Accepts(double value, AxisScale scale) => double.IsFinite(value) && scale switch
    {
        AxisScale.Log => value > 0,
        AxisScale.LogSteps => value > -1,
        _ => true,
    };

    public bool Accepts(double value) => Accepts(value, Scale);

    public double Map(double value)
    {
        // Only values beyond the clamped domain (|v| > 1e300) fall outside; pin them to its edge.
        value = Math.Clamp(value, Min, Max);
        var t = (Position(value) - Position(Min)) / (Position(Max) - Position(Min));
        return PixelFrom + t * (PixelTo - PixelFrom);
    }

    /// <summary>Where a value lies before scaling to pixels.</summary>
    private double Position(double value) => Scale switch
    {
        AxisScale.Log => Math.Log10(value),
        AxisScale.LogSteps => Math.Log10(value + 1),
        _ => value,
    };

    /// <summary>An axis over the accepted values, or null when none is accepted.</summary>
    /// <param name="nice">Widen a linear domain to whole tick steps (for Y); X keeps the data's extent
    /// so a curve starts and ends at the plot's edges.</param>
    public static Axis? Build(IEnumerable<double> values, bool log, bool nice, double pixelFrom, double pixelTo, int targetTicks) =>
        Build(values, log ? AxisScale.Log : AxisScale.Linear, nice, pixelFrom, pixelTo, targetTicks);

    /// <summary>An axis of <paramref name="scale"/> over the accepted values, or null when none is accepted.</summary>
    public static Axis? Build(IEnumerable<double> values, AxisScale scale, bool nice, double pixelFrom, double pixelTo, int targetTicks)
    {
        bool log = scale == AxisScale.Log;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (!Accepts(v, scale)) continue;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        if (min > max) return null;
        // A diverged run reaches 1e308: any span or padding on top of that overflows to infinity
        // (and an infinite tick range never ends). Nothing readable lies beyond 1e±300 anyway.
        (min, max) = log
            ? (Math.Clamp(min, Tiny, Huge), Math.Clamp(max, Tiny, Huge))
            : (Math.Clamp(min, -Huge, Huge), Math.Clamp(max, -Huge, Huge));
        return scale switch
        {
            AxisScale.Log => BuildLog(min, max, pixelFrom, pixelTo),
            AxisScale.LogSteps => BuildLogSteps(min, max, pixelFrom, pixelTo),
            _ => BuildLinear(min, max, nice, pixelFrom, pixelTo, targetTicks),
        };
    }

    /// <summary>Steps keep the data's extent, as a linear x axis does: the curve starts and ends at the frame.</summary>
    private static Axis BuildLogSteps(double min, double max, double pixelFrom, double pixelTo)
    {
        // A single step still needs a span: one more step, as a constant series gets one unit.
        if (max - min < 1e-9) max = min + 1;
        var (major, minor) = TickGenerator.LogSteps(min, max);
        return new Axis(min, max, AxisScale.LogSteps, pixelFrom, pixelTo, major, minor);
    }

    private static Axis BuildLog(double min, double max, double pixelFrom, double pixelTo)
    {
        double lo = Math.Log10(min), hi = Math.Log10(max);
        if (hi - lo < 1e-9) { lo -= Math.Log10(2); hi += Math.Log10(2); }
        // A little room so the extreme points do not sit on the frame.
        var pad = (hi - lo) * 0.04;
        double dMin = Math.Pow(10, Math.Max(lo - pad, -305)), dMax = Math.Pow(10, Math.Min(hi + pad, 305));
        return new Axis(dMin, dMax, AxisScale.Log, pixelFrom, pixelTo, TickGenerator.Log(dMin, dMax));
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
            return new Axis(lo, hi, AxisScale.Linear, pixelFrom, pixelTo, ticks);
        }
        return new Axis(min, max, AxisScale.Linear, pixelFrom, pixelTo, TickGenerator.Linear(min, max, targetTicks));
    }
}
