using System.Text;
using static Grading.Reports.Svg.SvgFormat;

namespace Grading.Reports.Svg;

/// <summary>Grid lines, axis lines, ticks with their labels, and the axis titles.</summary>
internal static class AxesWriter
{
    private const double TickLength = 4, MinorTickLength = 2;

    public static void Write(StringBuilder svg, PlotArea area, Axis? x, Axis? y, string xLabel, string yLabel, int height)
    {
        // Horizontal grid lines only: they are what one reads a loss or a residual against.
        if (y is not null)
        {
            svg.Append("<g class=\"chart-grid\" stroke=\"").Append(ChartPalette.Grid).Append("\" stroke-width=\"1\">");
            foreach (var t in y.Ticks)
                svg.Append($"<line x1=\"{Num(area.Left)}\" y1=\"{Num(y.Map(t))}\" x2=\"{Num(area.Right)}\" y2=\"{Num(y.Map(t))}\"/>");
            svg.Append("</g>\n");
        }

        svg.Append($"<g class=\"chart-axes\" stroke=\"{ChartPalette.Axis}\" stroke-width=\"1\" fill=\"none\">")
            .Append($"<line x1=\"{Num(area.Left)}\" y1=\"{Num(area.Top)}\" x2=\"{Num(area.Left)}\" y2=\"{Num(area.Bottom)}\"/>")
            .Append($"<line x1=\"{Num(area.Left)}\" y1=\"{Num(area.Bottom)}\" x2=\"{Num(area.Right)}\" y2=\"{Num(area.Bottom)}\"/>");
        foreach (var t in x?.Ticks ?? [])
            svg.Append($"<line x1=\"{Num(x!.Map(t))}\" y1=\"{Num(area.Bottom)}\" x2=\"{Num(x.Map(t))}\" y2=\"{Num(area.Bottom + TickLength)}\"/>");
        foreach (var t in x?.MinorTicks ?? [])
            svg.Append($"<line class=\"minor-tick\" x1=\"{Num(x!.Map(t))}\" y1=\"{Num(area.Bottom)}\" x2=\"{Num(x.Map(t))}\" y2=\"{Num(area.Bottom + MinorTickLength)}\"/>");
        foreach (var t in y?.Ticks ?? [])
            svg.Append($"<line x1=\"{Num(area.Left - TickLength)}\" y1=\"{Num(y!.Map(t))}\" x2=\"{Num(area.Left)}\" y2=\"{Num(y.Map(t))}\"/>");
        svg.Append("</g>\n");

        svg.Append($"<g class=\"chart-tick-labels\" fill=\"{ChartPalette.Axis}\" font-size=\"11\">");
        foreach (var t in x?.Ticks ?? [])
            svg.Append($"<text class=\"tick-label x-tick\" x=\"{Num(x!.Map(t))}\" y=\"{Num(area.Bottom + TickLength + 12)}\" text-anchor=\"middle\">{TickLabel.Format(t)}</text>");
        // dy of a third of an em centres a label on its tick without dominant-baseline (uneven support).
        foreach (var t in y?.Ticks ?? [])
            svg.Append($"<text class=\"tick-label y-tick\" x=\"{Num(area.Left - TickLength - 3)}\" y=\"{Num(y!.Map(t))}\" dy=\"0.33em\" text-anchor=\"end\">{TickLabel.Format(t)}</text>");
        svg.Append("</g>\n");

        var midX = (area.Left + area.Right) / 2;
        var midY = (area.Top + area.Bottom) / 2;
        if (xLabel.Length > 0)
            svg.Append($"<text class=\"axis-title x-title\" x=\"{Num(midX)}\" y=\"{Num(height - 8)}\" text-anchor=\"middle\" fill=\"#111111\">{Escape(xLabel)}</text>\n");
        if (yLabel.Length > 0)
            svg.Append($"<text class=\"axis-title y-title\" x=\"14\" y=\"{Num(midY)}\" transform=\"rotate(-90 14 {Num(midY)})\" text-anchor=\"middle\" dy=\"0.33em\" fill=\"#111111\">{Escape(yLabel)}</text>\n");
    }
}
