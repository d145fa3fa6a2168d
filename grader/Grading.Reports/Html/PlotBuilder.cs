using System.Globalization;
using Grading.Core.Results;
using Grading.Reports.Svg;

namespace Grading.Reports.Html;

/// <summary>The plots of a section: the loss curve of a training run (log scale, optimum marked), and
/// for closed-form weights the errors of the predictions as the notebook shows them (scatter, density).</summary>
internal static class PlotBuilder
{
    public static List<PlotView> For(SectionResult section, ReferenceSummary? reference)
    {
        var plots = new List<PlotView>();
        if (section.Raw.Training is { LossHistory.Length: > 0 } training) plots.Add(Loss(section, training.LossHistory, reference));
        if (section.Residuals is { } residuals) plots.AddRange(Residuals(section, residuals));
        plots.AddRange(Series(section));
        return plots;
    }

    private static PlotView Loss(SectionResult section, double[] losses, ReferenceSummary? reference)
    {
        var chart = new LineChart
        {
            Title = $"{section.Id}: loss per epoch",
            Description = $"The mean squared error of each of the {losses.Length} epochs, on a log scale, with the least-squares optimum marked.",
            XLabel = "epoch",
            YLabel = "MSE (scaled units², log scale)",
            LogY = true,
            Series = [new ChartSeries("graded run", Enumerable.Range(0, losses.Length).Select(i => (double)i).ToList(), losses)],
            Markers = reference is null ? [] : [new ChartMarker(reference.OptimalLoss, $"optimum {reference.OptimalLoss.ToString("0.0000", CultureInfo.InvariantCulture)}")],
        };
        return new PlotView(chart.ToSvg(), $"Loss per epoch of the graded run; the dashed line is the least-squares optimum.");
    }

    /// <summary>Every named value long enough to be a series (a trajectory, a loss per step) as a line chart of its own.</summary>
    private static IEnumerable<PlotView> Series(SectionResult section)
    {
        foreach (var (name, values) in section.Raw.Values ?? new Dictionary<string, double[]>())
        {
            if (values.Length < MinimumSeriesLength || !values.Any(double.IsFinite)) continue;
            var chart = new LineChart
            {
                Title = $"{section.Id}: {name}",
                Description = $"The {values.Length} values of '{name}' the submission recorded, in order.",
                XLabel = "step",
                YLabel = name,
                Series = [new ChartSeries(name, Enumerable.Range(0, values.Length).Select(i => (double)i).ToList(), values)],
            };
            yield return new PlotView(chart.ToSvg(), $"'{name}' step by step, as recorded.");
        }
    }

    // Shorter values (a gradient, a few coefficients) read better in the checks' tables.
    private const int MinimumSeriesLength = 10;

    private static IEnumerable<PlotView> Residuals(SectionResult section, ResidualSample residuals)
    {
        var rows = Enumerable.Range(0, residuals.Values.Length).Select(i => (double)(i * residuals.Stride)).ToList();
        var scatter = new ScatterChart
        {
            Title = $"{section.Id}: the error of the predictions from the truth",
            Description = string.Create(CultureInfo.InvariantCulture,
                $"Prediction minus truth for every {Ordinal(residuals.Stride)} of the {residuals.Count:N0} rows, against the row."),
            XLabel = "row",
            YLabel = "prediction − truth (scaled units)",
            Points = new ChartSeries("errors", rows, residuals.Values),
            ZeroLine = new ChartMarker(0, "0"),
        };
        var (x, density) = KernelDensity.Estimate(residuals.Values);
        var curve = new LineChart
        {
            Title = $"{section.Id}: the density of the error",
            Description = "A Gaussian kernel density estimate of the prediction errors.",
            XLabel = "prediction − truth (scaled units)",
            YLabel = "density",
            Series = [new ChartSeries("density", x, density)],
        };
        string stats = string.Create(CultureInfo.InvariantCulture,
            $"mean {residuals.Mean:0.0000}, standard deviation {residuals.StandardDeviation:0.0000}, range {residuals.Min:0.00} to {residuals.Max:0.00}");
        yield return new PlotView(scatter.ToSvg(), $"Errors of the weights' predictions ({stats}).");
        yield return new PlotView(curve.ToSvg(), "Density of the errors: a well-specified model gives a narrow, centred bell.");
    }

    private static string Ordinal(int n) => n == 1 ? "one" : n.ToString(CultureInfo.InvariantCulture) + (n % 10 == 2 && n % 100 != 12 ? "nd" : n % 10 == 3 && n % 100 != 13 ? "rd" : "th");
}
