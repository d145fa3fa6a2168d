using System.Text;

namespace Grading.Reports.Svg;

/// <summary>SVG path data for polylines and for dot clouds, in pixels with one decimal at most.</summary>
internal static class PathData
{
    /// <summary>"M x y L x y x y …" for each segment; segments are separate so gaps stay gaps.</summary>
    public static string Polylines(IEnumerable<IReadOnlyList<(double X, double Y)>> segments)
    {
        var sb = new StringBuilder();
        foreach (var segment in segments)
        {
            for (var i = 0; i < segment.Count; i++)
            {
                sb.Append(i == 0 ? "M" : i == 1 ? "L" : " ");
                sb.Append(SvgFormat.Num(segment[i].X)).Append(' ').Append(SvgFormat.Num(segment[i].Y));
            }
            // A lone point would be an empty move: give it zero length so a round cap shows it.
            if (segment.Count == 1) sb.Append("h0");
        }
        return sb.ToString();
    }

    /// <summary>One zero-length subpath per dot ("m dx dy h0"), drawn with round caps. Thousands of points
    /// become one element; relative moves between tenth-pixel positions are short and exact (each delta
    /// is taken from the previous rounded position, so rounding never accumulates). Dots that round to the
    /// previous dot's position are dropped: they would paint the same pixels.</summary>
    public static string Dots(IEnumerable<(double X, double Y)> points)
    {
        var sb = new StringBuilder();
        long? px = null, py = null;
        foreach (var (x, y) in points)
        {
            var tx = (long)Math.Round(x * 10, MidpointRounding.AwayFromZero);
            var ty = (long)Math.Round(y * 10, MidpointRounding.AwayFromZero);
            if (px is null || py is null)
            {
                sb.Append('M');
                SvgFormat.Tenths(sb, tx);
                sb.Append(' ');
                SvgFormat.Tenths(sb, ty);
            }
            else
            {
                var (dx, dy) = (tx - px.Value, ty - py.Value);
                if (dx == 0 && dy == 0) continue;
                sb.Append('m');
                SvgFormat.Tenths(sb, dx);
                if (dy >= 0) sb.Append(' ');
                SvgFormat.Tenths(sb, dy);
            }
            sb.Append("h0");
            (px, py) = (tx, ty);
        }
        return sb.ToString();
    }
}
