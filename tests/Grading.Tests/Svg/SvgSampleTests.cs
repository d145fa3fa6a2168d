using Grading.Reports.Svg;
using static Grading.Tests.Svg.SvgTestData;

namespace Grading.Tests.Svg;

/// <summary>Renders one chart of each kind the report uses, to a folder a person can open
/// (SVG_SAMPLES_DIR, else svg-samples under the test output), and checks each is well-formed.</summary>
public class SvgSampleTests
{
    private static string SampleDirectory()
    {
        var dir = Environment.GetEnvironmentVariable("SVG_SAMPLES_DIR")
                  ?? Path.Combine(TestContext.CurrentContext.WorkDirectory, "svg-samples");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static void Write(string name, string svg)
    {
        Assert.That(Parse(svg).Root!.Name, Is.EqualTo(SvgNs + "svg"), name);
        File.WriteAllText(Path.Combine(SampleDirectory(), name), svg);
    }

    [Test]
    public void WriteSamples_EachChartKind_WellFormed()
    {
        var (series, optimum) = GradientDescent(5000, 0.0005, 0.002, 0.01);
        series = [.. series.Select((s, i) => s with { Name = $"1.{i + 2} lr={s.Name["learning rate ".Length..]}" })];
        Write("loss.svg", new LineChart
        {
            Title = "Training loss per epoch", Description = "Mean squared error per epoch for sections 1.2, 1.3 and 1.4, log scale, with the least-squares optimum.",
            XLabel = "epoch", YLabel = "loss (MSE, log scale)", LogY = true, LogX = true, Series = series,
            Markers = [new ChartMarker(optimum, $"optimum {TickLabel.Format(Math.Round(optimum, 4))}")],
        }.ToSvg());

        var (diverging, _) = GradientDescent(5000, 0.002, 0.9);
        Write("loss-diverged.svg", new LineChart
        {
            Title = "Training loss per epoch (one run diverges)", Description = "A learning rate too large for the data.",
            XLabel = "epoch", YLabel = "loss (MSE, log scale)", LogY = true, LogX = true, Series = diverging,
            Markers = [new ChartMarker(optimum, "optimum")],
        }.ToSvg());

        var errors = Normal(17_000, 2024, 0.6);
        for (var i = 0; i < errors.Length; i += 997) errors[i] *= 4; // a few large residuals, as real data has
        Write("residuals.svg", new ScatterChart
        {
            Title = "The error of the predictions from the truth", Description = "Prediction minus target for each of the 17,000 rows.",
            XLabel = "row index", YLabel = "error", Points = ChartSeries.Indexed("error", errors), ZeroLine = new ChartMarker(0, "0"),
        }.ToSvg());

        var (x, density) = KernelDensity.Estimate(errors);
        Write("density.svg", new LineChart
        {
            Title = "The density of the error", Description = "Gaussian kernel density estimate of the prediction errors (Silverman bandwidth).",
            XLabel = "error", YLabel = "density", Series = [new ChartSeries("density", x, density)],
        }.ToSvg());
    }
}
