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
}
