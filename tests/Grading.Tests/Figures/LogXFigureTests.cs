using Grading.Core.Figures;
using Grading.Core.Results;
using Grading.Reports.Exporting;
using Grading.Tests.Support;

namespace Grading.Tests.Figures;

/// <summary>A line figure's log epoch axis (<see cref="SectionFigure.LogX"/>): saved in the result as <c>log_x</c>, absent
/// in older results (a linear axis), and drawn by the report.</summary>
public class LogXFigureTests
{
    private static readonly SectionFigure LossFigure = new()
    {
        Kind = FigureKind.Line, Title = "1.2: loss per epoch", Caption = "per epoch", XLabel = "epoch", YLabel = "MSE", LogY = true, LogX = true,
        Series = [new FigureSeries("graded run", Enumerable.Range(0, 5000).Select(t => 0.43 + 12.57 * Math.Exp(-t / 5.0)).ToArray())],
    };

    private static GradingResult WithFigure(SectionFigure figure) =>
        SampleResults.Result([SampleResults.Section("1.2", 30, 30, SectionStatus.Passed) with { Figures = [figure] }]);

    [Test]
    public void Json_LogX_IsSavedAsLogXAndReadBack()
    {
        string json = ResultJson.Serialize(WithFigure(LossFigure));

        Assert.That(json, Does.Contain("\"log_x\": true"));
        Assert.That(ResultJson.Deserialize(json).Sections[0].Figures![0].LogX, Is.True);
    }

    [Test]
    public void Json_OlderResultWithoutLogX_ReadsAsALinearAxis()
    {
        string json = ResultJson.Serialize(WithFigure(LossFigure)).Replace("\"log_x\": true,", "", StringComparison.Ordinal);

        Assert.That(json, Does.Not.Contain("log_x"));
        Assert.That(ResultJson.Deserialize(json).Sections[0].Figures![0].LogX, Is.False);
    }

    [Test]
    public void Report_LogXFigure_DrawsALogEpochAxisAndALinearOneOtherwise()
    {
        string logX = HtmlReportExporter.Render(WithFigure(LossFigure));
        string linear = HtmlReportExporter.Render(WithFigure(LossFigure with { LogX = false }));

        Assert.That(logX, Does.Contain(">epoch (log scale)</text>").And.Contain("class=\"minor-tick\""));
        Assert.That(logX, Does.Contain(">1000</text>").And.Not.Contain(">4000</text>"));
        Assert.That(linear, Does.Contain(">epoch</text>").And.Contain(">4000</text>").And.Not.Contain("minor-tick"));
    }
}
