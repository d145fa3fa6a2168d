using Grading.Core.Exporting.Text;
using System.Globalization;

namespace Grading.Reports.Svg;

/// <summary>Line chart for loss curves (optionally log-scaled Y and a log-scaled step axis, with reference lines
/// such as the optimum loss) and for densities. Non-finite points break the line and a note says where a run
/// diverged; long series are thinned to <see cref="MaxDrawnPoints"/> keeping spikes.</summary>
public sealed class LineChart
{
    /// <summary>Per series; 5000 steps over ~560 px would otherwise be 9 points per pixel.</summary>
    public const int MaxDrawnPoints = 800;

    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string XLabel { get; set; } = "";
    public string YLabel { get; set; } = "";
    /// <summary>An extra note shown under the title, before the computed ones.</summary>
    public string? Note { get; set; }
    /// <summary>Prefix for element ids; by default derived from the content.</summary>
    public string? IdPrefix { get; set; }
    public bool LogY { get; set; }
    /// <summary>
    /// X on a log scale of x + 1 (<see cref="AxisScale.LogSteps"/>), for steps or epochs counted from 0: a
    /// gradient descent falls in its first tens of epochs and then creeps for thousands, so on a linear axis
    /// the fall is a vertical line at the left edge. The axis title says "(log scale)".
    /// </summary>
    public bool LogX { get; set; }
    public List<ChartSeries> Series { get; set; } = [];
    public List<ChartMarker> Markers { get; set; } = [];
    public int Width { get; set; } = 640;
    public int Height { get; set; } = 320;

    public string ToSvg()
    {
        var xScale = LogX ? AxisScale.LogSteps : AxisScale.Linear;
        var segments = Series.Select(s => SeriesPoints.Segments(s, xScale, LogY)).ToList();
        string xTitle = LogX && XLabel.Length > 0 ? $"{XLabel} (log scale)" : XLabel;
        var canvas = new ChartCanvas(new ChartText(Title, Description, xTitle, YLabel, Notes()), Id(), Width, Height).Begin();
        var area = canvas.Area;
        var points = segments.SelectMany(s => s).SelectMany(s => s).ToList();
        var x = Axis.Build(points.Select(p => p.X), xScale, false, area.Left, area.Right, Math.Max(3, (int)(area.Width / 90)));
        // Markers count towards the Y range: the optimum must be visible even when no curve reaches it.
        var yValues = points.Select(p => p.Y).Concat(points.Count > 0 ? Markers.Select(m => m.Y) : []);
        var y = Axis.Build(yValues, LogY, !LogY, area.Bottom, area.Top, Math.Max(3, (int)(area.Height / 45)));
        canvas.Axes(x, y);
        if (x is null || y is null) return canvas.NoData().End();

        foreach (var marker in Markers) canvas.Marker(marker, y);
        for (var i = 0; i < Series.Count; i++)
        {
            var budget = segments[i].Sum(s => s.Count);
            // On a log step axis points crowd to the right: thin them by screen width, not by count.
            var drawn = segments[i].Select(s => LogX
                ? LineDownsampler.DownsampleByX(Pixels(s, x, y), SegmentBudget(s.Count, budget))
                : Pixels(LineDownsampler.Downsample(s, SegmentBudget(s.Count, budget)), x, y));
            var dash = ChartPalette.Dash(i) is { } d ? $" stroke-dasharray=\"{d}\"" : "";
            canvas.Path($"series series-{i}", Series[i].Name, PathData.Polylines(drawn),
                $"stroke=\"{ChartPalette.Colour(i)}\" stroke-width=\"1.75\" stroke-linejoin=\"round\" stroke-linecap=\"round\"{dash}");
        }
        if (Series.Count > 1) canvas.Legend(Series.Select(s => s.Name).ToList());
        return canvas.End();
    }

    /// <summary>Share of the series' point budget for one unbroken run (at least its ends).</summary>
    private static int SegmentBudget(int count, int total) =>
        Math.Max(4, (int)((long)MaxDrawnPoints * count / Math.Max(1, total)));

    private static IReadOnlyList<(double X, double Y)> Pixels(IReadOnlyList<(double X, double Y)> data, Axis x, Axis y) =>
        data.Select(p => (x.Map(p.X), y.Map(p.Y))).ToList();

    private List<string> Notes()
    {
        var notes = new List<string>();
        if (!string.IsNullOrWhiteSpace(Note)) notes.Add(Note);
        foreach (var s in Series)
        {
            var prefix = Series.Count > 1 ? s.Name + ": " : "";
            if (SeriesPoints.FirstNonFinite(s) is { } i)
            {
                // Name the step by its X, in the x axis's word ("epoch 330"), by its index when X is unusable.
                var at = i < s.X.Count && double.IsFinite(s.X[i]) ? s.X[i] : i;
                string step = string.IsNullOrWhiteSpace(XLabel) ? "step" : XLabel;
                notes.Add($"{prefix}diverged after {step} {at.ToString("R", CultureInfo.InvariantCulture)} (non-finite value)");
            }
            if (LogY && SeriesPoints.NonPositive(s) is > 0 and var n)
                notes.Add($"{prefix}{Counted.Of(n, "value")} ≤ 0 not shown on the log scale");
        }
        return notes;
    }

    private string Id()
    {
        var id = new ChartId().Add("line").Add(Title).Add(Description).Add(XLabel).Add(YLabel).Add(Note).Add(LogY ? 1 : 0);
        if (LogX) id.Add("log-x"); // only then: the ids of linear charts stay as they were
        foreach (var s in Series) id.Add(s);
        foreach (var m in Markers) id.Add(m.Y).Add(m.Label);
        return id.Prefix(IdPrefix);
    }
}
