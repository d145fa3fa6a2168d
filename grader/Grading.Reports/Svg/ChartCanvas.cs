using System.Text;
using static Grading.Reports.Svg.SvgFormat;

namespace Grading.Reports.Svg;

/// <summary>Writes the parts every chart has: the accessible &lt;svg&gt; root with &lt;title&gt; and &lt;desc&gt;,
/// the visible title, notes, axes, reference lines, legend and the "no data" message. Styling is inline
/// (the SVG must look right outside the report's CSS); classes let the report restyle it.</summary>
internal sealed class ChartCanvas
{
    public const int MaxNoteLines = 3;
    private readonly StringBuilder _svg = new();
    private readonly ChartText _text;
    private readonly string _id;

    public ChartCanvas(ChartText text, string idPrefix, int width, int height)
    {
        if (width < 160 || height < 120) throw new ArgumentOutOfRangeException(nameof(width), "A chart needs at least 160×120.");
        (_text, _id, Width, Height) = (text, idPrefix, width, height);
        Area = PlotArea.For(width, height, Math.Min(text.Notes.Count, MaxNoteLines));
    }

    public int Width { get; }
    public int Height { get; }
    public PlotArea Area { get; }

    public ChartCanvas Begin()
    {
        _svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 {Width} {Height}\"")
            .Append($" width=\"100%\" style=\"max-width:{Width}px;height:auto\" preserveAspectRatio=\"xMidYMid meet\"")
            .Append($" role=\"img\" aria-labelledby=\"{_id}-title {_id}-desc\" class=\"chart\"")
            .Append(" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n")
            .Append($"<title id=\"{_id}-title\">{Escape(_text.Title)}</title>\n")
            .Append($"<desc id=\"{_id}-desc\">{Escape(_text.Description)}</desc>\n")
            .Append($"<rect class=\"chart-background\" width=\"{Width}\" height=\"{Height}\" fill=\"#ffffff\"/>\n")
            .Append($"<text class=\"chart-title\" x=\"{Num(Area.Left)}\" y=\"19\" font-size=\"14\" font-weight=\"600\" fill=\"#111111\">{Escape(_text.Title)}</text>\n");
        var notes = _text.Notes.Take(MaxNoteLines).ToList();
        if (_text.Notes.Count > MaxNoteLines) notes[^1] += $" (and {_text.Notes.Count - MaxNoteLines} more)";
        for (var i = 0; i < notes.Count; i++)
            _svg.Append($"<text class=\"chart-note\" x=\"{Num(Area.Left)}\" y=\"{Num(PlotArea.TitleMargin + 4 + PlotArea.NoteLine * i)}\" font-size=\"11\" fill=\"{ChartPalette.Note}\">{Escape(notes[i])}</text>\n");
        return this;
    }

    public ChartCanvas Axes(Axis? x, Axis? y)
    {
        AxesWriter.Write(_svg, Area, x, y, _text.XLabel, _text.YLabel, Height);
        return this;
    }

    /// <summary>A dashed horizontal line with its label above its right end (below when near the top edge):
    /// loss curves start high on the left and end on the optimum, so the right end above the line is free.</summary>
    public ChartCanvas Marker(ChartMarker marker, Axis y)
    {
        if (!y.Accepts(marker.Y)) return this;
        var py = y.Map(marker.Y);
        var labelY = py - Area.Top < 18 ? py + 14 : py - 5;
        _svg.Append("<g class=\"chart-marker\">")
            .Append($"<line x1=\"{Num(Area.Left)}\" y1=\"{Num(py)}\" x2=\"{Num(Area.Right)}\" y2=\"{Num(py)}\" stroke=\"{ChartPalette.Marker}\" stroke-width=\"1\" stroke-dasharray=\"5 4\"/>")
            .Append($"<text x=\"{Num(Area.Right - 6)}\" y=\"{Num(labelY)}\" text-anchor=\"end\" font-size=\"11\" fill=\"{ChartPalette.Marker}\">{Escape(marker.Label)}</text>")
            .Append("</g>\n");
        return this;
    }

    /// <summary>A data path; <paramref name="attributes"/> carries its stroke. The series name goes in a
    /// &lt;title&gt; child, which browsers show on hover.</summary>
    public ChartCanvas Path(string cssClass, string name, string data, string attributes)
    {
        if (data.Length == 0) return this;
        _svg.Append($"<path class=\"{cssClass}\" d=\"{data}\" fill=\"none\" {attributes}><title>{Escape(name)}</title></path>\n");
        return this;
    }

    public ChartCanvas Legend(IReadOnlyList<string> names)
    {
        LegendWriter.Write(_svg, Area, names);
        return this;
    }

    public ChartCanvas NoData()
    {
        _svg.Append($"<text class=\"chart-no-data\" x=\"{Num((Area.Left + Area.Right) / 2)}\" y=\"{Num((Area.Top + Area.Bottom) / 2)}\"")
            .Append($" text-anchor=\"middle\" font-size=\"14\" fill=\"{ChartPalette.MutedText}\">no data</text>\n");
        return this;
    }

    public string End() => _svg.Append("</svg>\n").ToString();
}
