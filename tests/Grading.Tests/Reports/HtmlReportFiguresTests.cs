using Grading.Core.Figures;
using Grading.Core.Results;
using Grading.Reports.Exporting;
using Grading.Tests.Support;

namespace Grading.Tests.Reports;

/// <summary>The report draws whatever figures the harness made: tables, line charts, samples, and the reference table.</summary>
public class HtmlReportFiguresTests
{
    private static string Render(params SectionResult[] sections) => HtmlReportExporter.Render(SampleResults.Result(sections));

    [Test]
    public void Render_TableFigure_ShowsEveryRowAndFlagsOnlyTheRowsNotOk()
    {
        string html = Render(SampleResults.Section("1.1", 15, 15, SectionStatus.Passed));

        Assert.That(html, Does.Contain("<h3>Weights</h3>"));
        Assert.That(html, Does.Contain("<th scope=\"col\">Weight</th><th scope=\"col\">Column</th>"));
        Assert.That(html, Does.Contain("<th scope=\"row\">b0</th><td>intercept</td><td class=\"num\">0.500000</td><td class=\"num\">0.500000</td>"));
        Assert.That(html, Does.Contain("<td class=\"num\">2.000000</td><td class=\"num\">none</td><td class=\"num\">&#x2013; <span class=\"flag\">✘ out of tolerance</span>"), "no reference, no difference");
        Assert.That(CountOf(html, "✘ out of tolerance"), Is.EqualTo(1));
    }

    [Test]
    public void Render_LineAndSampleFigures_DrawOneChartForTheLineAndTwoForTheSample()
    {
        var section = SampleResults.Section("1.1", 15, 15, SectionStatus.Passed);

        string html = Render(section);

        Assert.That(CountOf(html, "<figure class=\"plot\">"), Is.EqualTo(3));
        Assert.That(html, Does.Contain("<figcaption>per epoch</figcaption>"));
        Assert.That(html, Does.Contain("<figcaption>of the predictions (mean 0.1500, standard deviation"), "the sample's statistics are in its caption");
        Assert.That(html, Does.Contain("<figcaption>their density</figcaption>"));
    }

    [Test]
    public void Render_SeriesNamingARunValue_DrawsThatValue()
    {
        // The diverged run's loss history ends in infinities and NaN: the chart says where, so it read the raw value.
        var line = new SectionFigure
        {
            Kind = FigureKind.Line, Title = "loss", Caption = "from the run", XLabel = "epoch", YLabel = "MSE",
            Series = [FigureSeries.OfValue("graded run", "training.loss_history")],
        };
        var section = SampleResults.Section("1.2", 0, 30, SectionStatus.Failed, raw: SampleResults.Diverged()) with { Figures = [line] };

        string html = Render(section);

        Assert.That(html, Does.Contain("diverged after epoch 1 (non-finite value)"));
    }

    [Test]
    public void Render_NoFigures_DrawsNoPlotAndNoTable()
    {
        string html = Render(SampleResults.Section("1.1", 15, 15, SectionStatus.Passed) with { Figures = null });

        Assert.That(html, Does.Not.Contain("<figure"));
        Assert.That(html, Does.Not.Contain("class=\"values\""));
    }

    [Test]
    public void Render_ResultWithAReferenceTable_ShowsItUnderTheSummary()
    {
        string html = Render(SampleResults.Section("1.1", 15, 15, SectionStatus.Passed));

        Assert.That(html, Does.Contain("<caption>Least-squares reference</caption>"));
        Assert.That(html, Does.Contain("<th scope=\"row\">b0 (intercept)</th><td class=\"num\">0.500000</td>"));
        Assert.That(html, Does.Contain("<th scope=\"row\">optimal MSE</th><td class=\"num\">0.428600</td>"));
    }

    [Test]
    public void Render_ResultWithoutAReferenceTable_HasNone()
    {
        string html = HtmlReportExporter.Render(SampleResults.Result([SampleResults.Section("1.1", 15, 15, SectionStatus.Passed)]) with { Reference = null });

        Assert.That(html, Does.Not.Contain("class=\"reference\""));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
