using System.Globalization;
using Grading.Core.Figures;
using Grading.Core.Results;
using Grading.Reports.Svg;

namespace Grading.Reports.Html;

/// <summary>Draws a section's line and sample figures as inline SVG charts; what they show is the harness's choice.</summary>
internal static class FigurePlots
{
    public static List<PlotView> For(SectionResult section) =>
        (section.Figures ?? []).SelectMany(f => f.Kind switch
        {
            FigureKind.Line => Line(f, section.Raw.Values),
            FigureKind.Sample when f.Sample is { } sample => Sample(f, sample),
            _ => [],
        }).ToList();

    private static IEnumerable<PlotView> Line(SectionFigure figure, IReadOnlyDictionary<string, double[]>? values)
    {
        var chart = new LineChart
        {
            Title = figure.Title,
            Description = figure.Description ?? figure.Caption,
            XLabel = figure.XLabel ?? "",
            YLabel = figure.YLabel ?? "",
            LogY = figure.LogY,
            LogX = figure.LogX,
            Series = (figure.Series ?? []).Select(s => (s, Y: s.Resolve(values)))
                .Select(p => p.s.X is { } x ? new ChartSeries(p.s.Name, x, p.Y) : ChartSeries.Indexed(p.s.Name, p.Y)).ToList(),
            Markers = (figure.Markers ?? []).Select(m => new ChartMarker(m.Value, m.Label)).ToList(),
        };
        yield return new PlotView(chart.ToSvg(), figure.Caption);
    }

    /// <summary>A sample as the notebook shows prediction errors: each value against its index, then its density.</summary>
    private static IEnumerable<PlotView> Sample(SectionFigure figure, FigureSample sample)
    {
        var index = Enumerable.Range(0, sample.Values.Length).Select(i => (double)(i * sample.Stride)).ToList();
        string yLabel = figure.YLabel ?? "value";
        var scatter = new ScatterChart
        {
            Title = figure.Title,
            Description = string.Create(CultureInfo.InvariantCulture,
                $"{figure.Description ?? figure.Caption} Every {Ordinal(sample.Stride)} of the {sample.Count:N0} values is drawn."),
            XLabel = figure.XLabel ?? "index",
            YLabel = yLabel,
            Points = new ChartSeries("values", index, sample.Values),
            ZeroLine = figure.Markers is [var marker, ..] ? new ChartMarker(marker.Value, marker.Label) : null,
        };
        var (x, density) = KernelDensity.Estimate(sample.Values);
        var curve = new LineChart
        {
            Title = $"{figure.Title}: density",
            Description = "A Gaussian kernel density estimate of the values.",
            XLabel = yLabel,
            YLabel = "density",
            Series = [new ChartSeries("density", x, density)],
        };
        string stats = string.Create(CultureInfo.InvariantCulture,
            $"mean {sample.Mean:0.0000}, standard deviation {sample.StandardDeviation:0.0000}, range {sample.Min:0.00} to {sample.Max:0.00}");
        yield return new PlotView(scatter.ToSvg(), $"{figure.Caption.TrimEnd('.')} ({stats}).");
        yield return new PlotView(curve.ToSvg(), figure.DensityCaption ?? "Density of the values.");
    }

    private static string Ordinal(int n) => n == 1 ? "one" : n.ToString(CultureInfo.InvariantCulture) + (n % 10 == 2 && n % 100 != 12 ? "nd" : n % 10 == 3 && n % 100 != 13 ? "rd" : "th");
}
