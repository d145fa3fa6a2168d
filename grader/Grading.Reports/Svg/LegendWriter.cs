using System.Text;
using static Grading.Reports.Svg.SvgFormat;

namespace Grading.Reports.Svg;

/// <summary>A boxed legend in the plot's top-right corner (loss curves fall from the top left, so that
/// corner is usually empty); each entry shows the series' colour and dash pattern.</summary>
internal static class LegendWriter
{
    private const double Row = 16, Sample = 26, Pad = 6;

    // No text measuring without a font engine: 6.5 px per character is a safe average for 11 px sans-serif.
    private const double CharWidth = 6.5;

    public static void Write(StringBuilder svg, PlotArea area, IReadOnlyList<string> names)
    {
        var width = Pad * 3 + Sample + names.Max(n => n.Length) * CharWidth;
        var height = Pad * 2 + Row * names.Count;
        var left = area.Right - width - 6;
        var top = area.Top + 6;
        svg.Append("<g class=\"chart-legend\" font-size=\"11\">")
            .Append($"<rect x=\"{Num(left)}\" y=\"{Num(top)}\" width=\"{Num(width)}\" height=\"{Num(height)}\" fill=\"#ffffff\" fill-opacity=\"0.9\" stroke=\"#cccccc\"/>");
        for (var i = 0; i < names.Count; i++)
        {
            var y = top + Pad + Row * i + Row / 2;
            var dash = ChartPalette.Dash(i) is { } d ? $" stroke-dasharray=\"{d}\"" : "";
            svg.Append($"<line class=\"series-{i}\" x1=\"{Num(left + Pad)}\" y1=\"{Num(y)}\" x2=\"{Num(left + Pad + Sample)}\" y2=\"{Num(y)}\" stroke=\"{ChartPalette.Colour(i)}\" stroke-width=\"2\"{dash}/>")
                .Append($"<text x=\"{Num(left + Pad * 2 + Sample)}\" y=\"{Num(y)}\" dy=\"0.33em\" fill=\"#111111\">{Escape(names[i])}</text>");
        }
        svg.Append("</g>\n");
    }
}
