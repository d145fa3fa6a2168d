using Grading.Core.Exporting.Text;
namespace Grading.Reports.Svg;

/// <summary>Scatter of many points (17,000 residuals against the row index), drawn as a single path of
/// round-capped dots so the SVG stays small, with an optional dashed zero line.</summary>
public sealed class ScatterChart
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string XLabel { get; set; } = "";
    public string YLabel { get; set; } = "";
    /// <summary>An extra note shown under the title, before the computed ones.</summary>
    public string? Note { get; set; }
    /// <summary>Prefix for element ids; by default derived from the content.</summary>
    public string? IdPrefix { get; set; }
    public ChartSeries Points { get; set; } = new("", [], []);
    public ChartMarker? ZeroLine { get; set; }
    /// <summary>Dot diameter in pixels; small because points overlap by the thousand.</summary>
    public double DotSize { get; set; } = 1.8;
    public int Width { get; set; } = 640;
    public int Height { get; set; } = 320;

    public string ToSvg()
    {
        var points = SeriesPoints.Segments(Points, false).SelectMany(s => s).ToList();
        var notes = new List<string>();
        if (!string.IsNullOrWhiteSpace(Note)) notes.Add(Note);
        var skipped = Points.Y.Count - points.Count;
        if (skipped > 0) notes.Add($"{Counted.Of(skipped, "non-finite point")} not shown");

        var canvas = new ChartCanvas(new ChartText(Title, Description, XLabel, YLabel, notes), Id(), Width, Height).Begin();
        var area = canvas.Area;
        var x = Axis.Build(points.Select(p => p.X), false, false, area.Left, area.Right, Math.Max(3, (int)(area.Width / 90)));
        var yValues = points.Select(p => p.Y).Concat(points.Count > 0 && ZeroLine is { } z ? [z.Y] : []);
        var y = Axis.Build(yValues, false, true, area.Bottom, area.Top, Math.Max(3, (int)(area.Height / 45)));
        canvas.Axes(x, y);
        if (x is null || y is null) return canvas.NoData().End();

        // Dots first, then the zero line over them: the reference must stay visible in a dense cloud.
        var dots = PathData.Dots(points.Select(p => (x.Map(p.X), y.Map(p.Y))));
        canvas.Path("series series-0 points", Points.Name, dots,
            $"stroke=\"{ChartPalette.Colour(0)}\" stroke-opacity=\"0.55\" stroke-width=\"{SvgFormat.Num(DotSize)}\" stroke-linecap=\"round\"");
        if (ZeroLine is not null) canvas.Marker(ZeroLine, y);
        return canvas.End();
    }

    private string Id()
    {
        var id = new ChartId().Add("scatter").Add(Title).Add(Description).Add(XLabel).Add(YLabel).Add(Note).Add(Points);
        if (ZeroLine is not null) id.Add(ZeroLine.Y).Add(ZeroLine.Label);
        return id.Prefix(IdPrefix);
    }
}
