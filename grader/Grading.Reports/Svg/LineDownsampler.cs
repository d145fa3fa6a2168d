namespace Grading.Reports.Svg;

/// <summary>Thins a long polyline to a point budget: keeps the first and last points and, per bucket of
/// the points between, the lowest and the highest (in their original order), so a spike or a dip
/// survives where averaging or striding would drop it. 5000 steps drawn in 560 px need no more.</summary>
internal static class LineDownsampler
{
    public static IReadOnlyList<(double X, double Y)> Downsample(IReadOnlyList<(double X, double Y)> points, int maxPoints)
    {
        if (maxPoints < 4) throw new ArgumentOutOfRangeException(nameof(maxPoints), "At least 4 points are needed.");
        if (points.Count <= maxPoints) return points;

        var interior = points.Count - 2;
        var buckets = (maxPoints - 2) / 2;
        var kept = new List<(double X, double Y)>(maxPoints) { points[0] };
        for (var b = 0; b < buckets; b++)
        {
            // Bucket bounds from integer arithmetic: every interior point lands in exactly one bucket.
            var start = 1 + (int)((long)b * interior / buckets);
            var end = 1 + (int)((long)(b + 1) * interior / buckets);
            int low = start, high = start;
            for (var i = start + 1; i < end; i++)
            {
                if (points[i].Y < points[low].Y) low = i;
                if (points[i].Y > points[high].Y) high = i;
            }
            kept.Add(points[Math.Min(low, high)]);
            if (low != high) kept.Add(points[Math.Max(low, high)]);
        }
        kept.Add(points[^1]);
        return kept;
    }

    /// <summary>
    /// The same thinning with buckets of equal width in x rather than of equal counts of points, for points
    /// already placed on screen in order of x. On a log-steps axis the first ten epochs take as much width as
    /// the last four thousand: buckets by count would fold those ten into one bucket's low and high and flatten
    /// the start of the descent, where the eye looks first.
    /// </summary>
    public static IReadOnlyList<(double X, double Y)> DownsampleByX(IReadOnlyList<(double X, double Y)> points, int maxPoints)
    {
        if (maxPoints < 4) throw new ArgumentOutOfRangeException(nameof(maxPoints), "At least 4 points are needed.");
        if (points.Count <= maxPoints) return points;
        double from = points[0].X, span = points[^1].X - points[0].X;
        if (!(span > 0)) return Downsample(points, maxPoints);

        var buckets = (maxPoints - 2) / 2;
        int Bucket(int i) => (int)Math.Clamp((points[i].X - from) / span * buckets, 0, buckets - 1);
        var kept = new List<(double X, double Y)>(maxPoints) { points[0] };
        for (int start = 1, end; start < points.Count - 1; start = end)
        {
            int low = start, high = start, bucket = Bucket(start);
            for (end = start + 1; end < points.Count - 1 && Bucket(end) == bucket; end++)
            {
                if (points[end].Y < points[low].Y) low = end;
                if (points[end].Y > points[high].Y) high = end;
            }
            kept.Add(points[Math.Min(low, high)]);
            if (low != high) kept.Add(points[Math.Max(low, high)]);
        }
        kept.Add(points[^1]);
        return kept;
    }
}
