namespace Grading.Reports.Svg;

/// <summary>Splits a series into the runs of points that can be drawn, and reports what could not.</summary>
internal static class SeriesPoints
{
    /// <summary>Maximal runs of consecutive drawable points; a skipped point breaks the line rather
    /// than bridging the gap with a segment that no data supports.</summary>
    public static List<List<(double X, double Y)>> Segments(ChartSeries series, bool logY) => Segments(series, AxisScale.Linear, logY);

    /// <summary>The same, for an x axis of <paramref name="xScale"/>.</summary>
    public static List<List<(double X, double Y)>> Segments(ChartSeries series, AxisScale xScale, bool logY)
    {
        series.EnsureSameLength();
        var segments = new List<List<(double X, double Y)>>();
        List<(double X, double Y)>? current = null;
        for (var i = 0; i < series.Y.Count; i++)
        {
            double x = series.X[i], y = series.Y[i];
            if (Axis.Accepts(x, xScale) && Axis.Accepts(y, logY))
            {
                if (current is null) segments.Add(current = []);
                current.Add((x, y));
            }
            else current = null;
        }
        return segments;
    }

    /// <summary>The index of the first non-finite Y (where a run diverged), or null.</summary>
    public static int? FirstNonFinite(ChartSeries series)
    {
        for (var i = 0; i < series.Y.Count; i++)
            if (!double.IsFinite(series.Y[i])) return i;
        return null;
    }

    /// <summary>Finite Y values at or below zero, which a log axis cannot show.</summary>
    public static int NonPositive(ChartSeries series) => series.Y.Count(y => double.IsFinite(y) && y <= 0);
}
