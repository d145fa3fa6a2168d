using System.Xml.Linq;
using System.Text.RegularExpressions;
using Grading.Reports.Svg;
using static Grading.Tests.Svg.SvgTestData;

namespace Grading.Tests.Svg;

public class LineChartTests
{
    private static LineChart LossChart(params ChartSeries[] series) => new()
    {
        Title = "Loss per epoch", Description = "MSE of sections 1.2 to 1.4", XLabel = "epoch", YLabel = "loss (MSE)",
        LogY = true, Series = [.. series],
    };

    [Test]
    public void ToSvg_LossChart_IsWellFormedWithTitleDescAndAria()
    {
        var doc = Parse(LossChart(ChartSeries.Indexed("1.2", LossCurve())).ToSvg());
        var root = doc.Root!;
        Assert.That(root.Name, Is.EqualTo(SvgNs + "svg"));
        Assert.That((string?)root.Attribute("role"), Is.EqualTo("img"));
        Assert.That((string?)root.Attribute("viewBox"), Is.EqualTo("0 0 640 320"));
        Assert.That((string?)root.Attribute("preserveAspectRatio"), Is.Not.Null);
        var title = root.Element(SvgNs + "title")!;
        var desc = root.Element(SvgNs + "desc")!;
        Assert.That(title.Value, Is.EqualTo("Loss per epoch"));
        Assert.That(desc.Value, Is.EqualTo("MSE of sections 1.2 to 1.4"));
        Assert.That(((string?)root.Attribute("aria-labelledby"))!.Split(' '),
            Is.EqualTo(new[] { (string?)title.Attribute("id"), (string?)desc.Attribute("id") }));
        Assert.That(doc.Descendants().Select(e => e.Name.LocalName), Has.None.AnyOf("script", "foreignObject", "image", "use"));
        Assert.That(doc.Descendants().Attributes().Select(a => a.Name.LocalName), Has.None.EqualTo("href"));
    }

    [Test]
    public void ToSvg_TwoChartsDifferentContent_HaveDifferentIds()
    {
        var a = Parse(LossChart(ChartSeries.Indexed("1.2", LossCurve())).ToSvg());
        var b = Parse(LossChart(ChartSeries.Indexed("1.3", LossCurve())).ToSvg());
        Assert.That((string?)a.Root!.Element(SvgNs + "title")!.Attribute("id"),
            Is.Not.EqualTo((string?)b.Root!.Element(SvgNs + "title")!.Attribute("id")));
    }

    [Test]
    public void ToSvg_SameInput_SameString()
    {
        var (series, optimum) = GradientDescent(300, 0.01, 0.03);
        string Render() => new LineChart { Title = "t", LogY = true, Series = series, Markers = [new(optimum, "optimum")] }.ToSvg();
        Assert.That(Render(), Is.EqualTo(Render()));
    }

    [Test]
    public void ToSvg_LogLossFrom13To043_TickLabelsInclude05And1And10()
    {
        var doc = Parse(LossChart(ChartSeries.Indexed("1.2", LossCurve())).ToSvg());
        var labels = TickLabels(doc, "y");
        Assert.That(labels, Is.SupersetOf(new[] { "0.5", "1", "10" }));
        Assert.That(labels, Is.EquivalentTo(new[] { "0.5", "1", "2", "5", "10" }));
    }

    [Test]
    public void ToSvg_LongSeries_DrawsAtMostMaxPointsAndKeepsSpike()
    {
        var losses = LossCurve();
        losses[2500] = 1000; // a single-epoch blow-up: the highest point of the chart
        var doc = Parse(LossChart(ChartSeries.Indexed("1.2", losses)).ToSvg());
        var path = SeriesPaths(doc).Single();
        var d = (string)path.Attribute("d")!;
        Assert.That(Vertices(d), Is.LessThanOrEqualTo(LineChart.MaxDrawnPoints).And.GreaterThan(100));
        Assert.That(Regex.IsMatch(d, @"\d\.\d\d"), Is.False, "coordinates have at most one decimal");
        // Without the spike the curve tops out at 13, below the "100" grid line; a vertex above it is the spike.
        var ys = d.Split(['M', 'L', ' '], StringSplitOptions.RemoveEmptyEntries).Where((_, i) => i % 2 == 1).Select(Number);
        var hundred = doc.Descendants(SvgNs + "text").Single(t => t.Value == "100" && ((string?)t.Attribute("class"))!.Contains("y-tick"));
        Assert.That(ys.Min(), Is.LessThan(Number((string)hundred.Attribute("y")!)));
    }

    [Test]
    public void ToSvg_NaNAfterEpoch330_StopsSeriesAndNotesDivergence()
    {
        var losses = LossCurve(1000);
        for (var t = 330; t < losses.Length; t++) losses[t] = t == 330 ? double.PositiveInfinity : double.NaN;
        var doc = Parse(LossChart(ChartSeries.Indexed("1.2", losses)).ToSvg());
        Assert.That(Notes(doc), Does.Contain("diverged after epoch 330"));
        var d = (string)SeriesPaths(doc).Single().Attribute("d")!;
        Assert.That(d.Count(c => c == 'M'), Is.EqualTo(1), "one unbroken run, epochs 0 to 329");
        Assert.That(Vertices(d), Is.EqualTo(330));
        Assert.That(TickLabels(doc, "x").Select(Number).Max(), Is.LessThanOrEqualTo(329), "x range ends where the finite losses end");
    }

    [Test]
    public void ToSvg_LossOverflowingTo1e308_RendersFiniteCoordinates()
    {
        // Exploding gradient descent: the loss multiplies until it overflows, then turns NaN.
        var losses = Enumerable.Range(0, 400).Select(t => t < 380 ? Math.Pow(10, t * 0.81) : double.NaN).ToArray();
        var svg = LossChart(ChartSeries.Indexed("1.2", losses)).ToSvg();
        Assert.That(svg, Does.Not.Contain("NaN").And.Not.Contain("Infinity").And.Not.Contain("∞"));
        Assert.That(TickLabels(Parse(svg), "y"), Has.Count.InRange(2, 10));
        Assert.That(Notes(Parse(svg)), Does.Contain("diverged after epoch 380"));
    }

    [Test]
    public void ToSvg_Marker_RendersDashedLineWithLabel()
    {
        var chart = LossChart(ChartSeries.Indexed("1.2", LossCurve()));
        chart.Markers.Add(new ChartMarker(0.4301, "optimum 0.4301"));
        var doc = Parse(chart.ToSvg());
        var marker = doc.Descendants(SvgNs + "g").Single(g => (string?)g.Attribute("class") == "chart-marker");
        Assert.That((string?)marker.Element(SvgNs + "line")!.Attribute("stroke-dasharray"), Is.Not.Null.And.Not.Empty);
        Assert.That(marker.Element(SvgNs + "text")!.Value, Is.EqualTo("optimum 0.4301"));
    }

    [Test]
    public void ToSvg_MarkerBelowAllData_ExtendsRangeToShowIt()
    {
        var chart = new LineChart { Series = [ChartSeries.Indexed("a", [5.0, 4.0, 3.0])], Markers = [new(1, "floor")] };
        var labels = TickLabels(Parse(chart.ToSvg()), "y");
        Assert.That(labels.Select(Number).Min(), Is.LessThanOrEqualTo(1));
    }

    [Test]
    public void ToSvg_ScriptInNames_IsEscaped()
    {
        const string evil = "<script>alert(1)</script>";
        var chart = LossChart(ChartSeries.Indexed(evil, LossCurve()), ChartSeries.Indexed("b & c", LossCurve()));
        chart.Title = evil;
        chart.XLabel = evil;
        chart.Note = evil;
        chart.Markers.Add(new ChartMarker(1, evil));
        var svg = chart.ToSvg();
        Assert.That(svg, Does.Not.Contain("<script"));
        Assert.That(svg, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        var doc = Parse(svg);
        Assert.That(doc.Descendants(SvgNs + "script"), Is.Empty);
        Assert.That(doc.Descendants(SvgNs + "text").Select(t => t.Value), Has.Some.EqualTo("b & c"), "legend shows the second name");
    }

    [Test]
    public void ToSvg_ThreeSeries_HaveLegendAndDistinctDashes()
    {
        var (series, _) = GradientDescent(200, 0.01, 0.02, 0.04);
        var doc = Parse(new LineChart { LogY = true, Series = series }.ToSvg());
        var paths = SeriesPaths(doc);
        Assert.That(paths, Has.Count.EqualTo(3));
        Assert.That(paths.Select(p => (string?)p.Attribute("stroke-dasharray") ?? "solid").Distinct().Count(), Is.EqualTo(3));
        Assert.That(paths.Select(p => (string?)p.Attribute("stroke")), Is.Unique);
        var legend = doc.Descendants(SvgNs + "g").Single(g => (string?)g.Attribute("class") == "chart-legend");
        Assert.That(legend.Elements(SvgNs + "text").Select(t => t.Value), Is.EqualTo(series.Select(s => s.Name)));
    }

    [TestCase(new[] { 2.5 })]
    [TestCase(new[] { 0.7, 0.7, 0.7, 0.7 })]
    public void ToSvg_SinglePointOrConstant_RendersWithTicks(double[] ys)
    {
        foreach (var log in new[] { false, true })
        {
            var doc = Parse(new LineChart { LogY = log, Series = [ChartSeries.Indexed("c", ys)] }.ToSvg());
            Assert.That(SeriesPaths(doc), Has.Count.EqualTo(1), $"log={log}");
            Assert.That(TickLabels(doc, "y"), Has.Count.GreaterThanOrEqualTo(2), $"log={log}");
            Assert.That(doc.ToString(), Does.Not.Contain("NaN").And.Not.Contain("Infinity"));
        }
    }

    [Test]
    public void ToSvg_NoSeries_SaysNoData()
    {
        var doc = Parse(new LineChart { Title = "empty" }.ToSvg());
        Assert.That(doc.Descendants(SvgNs + "text").Select(t => t.Value), Has.Some.EqualTo("no data"));
        Assert.That(SeriesPaths(doc), Is.Empty);
    }

    [Test]
    public void ToSvg_OnlyNonPositiveOnLogAxis_SaysNoDataAndWhy()
    {
        var doc = Parse(new LineChart { LogY = true, Series = [ChartSeries.Indexed("z", [0.0, -1.0])] }.ToSvg());
        Assert.That(doc.Descendants(SvgNs + "text").Select(t => t.Value), Has.Some.EqualTo("no data"));
        Assert.That(Notes(doc), Does.Contain("2 values ≤ 0 not shown"));
    }
}
