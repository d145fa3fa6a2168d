using System.Xml.Linq;
using Grading.Reports.Svg;
using static Grading.Tests.Svg.SvgTestData;

namespace Grading.Tests.Svg;

/// <summary>The loss chart's log epoch axis (<see cref="LineChart.LogX"/>, log10(epoch + 1)): the first epochs of a
/// 5000-epoch descent get room, ticks sit where their epochs are and say them, and diverged runs still draw.</summary>
public class LogEpochAxisTests
{
    private static LineChart Loss(bool logX, params ChartSeries[] series) => new()
    {
        Title = "Loss per epoch", XLabel = "epoch", YLabel = "MSE", LogY = true, LogX = logX, Series = [.. series],
    };

    /// <summary>Pixel x of each x tick label, by its text.</summary>
    private static Dictionary<string, double> XTicks(XDocument doc) =>
        doc.Descendants(SvgNs + "text").Where(t => ((string?)t.Attribute("class") ?? "").Contains("x-tick"))
            .ToDictionary(t => t.Value, t => Number((string)t.Attribute("x")!));

    private static List<(double X, double Y)> Vertices(XDocument doc) =>
        SeriesPaths(doc).SelectMany(p => ((string)p.Attribute("d")!).Split(['M', 'L', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Chunk(2).Select(c => (Number(c[0]), Number(c[1])))).ToList();

    [Test]
    public void ToSvg_LogX5000Epochs_TicksAtPowersOfTenPlacedAtLogOfEpochPlusOne()
    {
        var doc = Parse(Loss(true, ChartSeries.Indexed("run", LossCurve())).ToSvg());

        var ticks = XTicks(doc);
        Assert.That(ticks.Keys, Is.EqualTo(new[] { "0", "1", "10", "100", "1000" }));
        // The plot runs from epoch 0 (log10 1 = 0) to 4999 (log10 5000): each tick at its share of that.
        double left = ticks["0"], span = (ticks["1000"] - left) / Math.Log10(1001);
        foreach (var (label, x) in ticks)
            Assert.That(x, Is.EqualTo(left + span * Math.Log10(Number(label) + 1)).Within(0.15), label);
        Assert.That(doc.Descendants(SvgNs + "text").Select(t => t.Value), Does.Contain("epoch (log scale)"));
        Assert.That(doc.Descendants().Select(e => e.Name.LocalName), Has.None.AnyOf("script", "foreignObject", "image", "use", "style"), "offline, script-free");
        Assert.That(doc.Descendants().Attributes().Select(a => a.Name.LocalName), Has.None.EqualTo("href"));
        Assert.That(doc.Descendants(SvgNs + "line").Count(l => (string?)l.Attribute("class") == "minor-tick"), Is.EqualTo(8 * 3 + 3),
            "2..9 in each of the decades 1, 10, 100, and 2000 to 4000 in the last");
    }

    [Test]
    public void Map_LogStepsOver5000Epochs_TheFirst50TakeFortyPercentOfTheWidthInsteadOfOne()
    {
        double Share(bool logX)
        {
            var axis = Axis.Build([0, 4999], logX ? AxisScale.LogSteps : AxisScale.Linear, false, 0, 1, 6)!;
            return axis.Map(50);
        }
        Assert.That(Share(true), Is.GreaterThan(0.4));
        Assert.That(Share(false), Is.LessThan(0.011), "the linear axis the issue complained of");
    }

    [Test]
    public void ToSvg_LogX_EarlyEpochsAreAllDrawnWhileTheLongTailIsThinned()
    {
        var doc = Parse(Loss(true, ChartSeries.Indexed("run", LossCurve())).ToSvg());
        var ticks = XTicks(doc);

        var vertices = Vertices(doc);
        Assert.That(vertices, Has.Count.LessThanOrEqualTo(LineChart.MaxDrawnPoints));
        Assert.That(vertices.Count(v => v.X < ticks["10"] + 0.1), Is.EqualTo(11), "epochs 0 to 10, one vertex each");
        Assert.That(vertices.Select(v => v.X), Is.Ordered);
        // Thinning by count, as on a linear axis, would have folded those eleven into one bucket's two points.
        var byCount = LineDownsampler.Downsample(Enumerable.Range(0, 5000).Select(i => ((double)i, 1.0 / (i + 1))).ToList(), LineChart.MaxDrawnPoints);
        Assert.That(byCount.Count(p => p.X <= 10), Is.LessThan(5));
    }

    [Test]
    public void ToSvg_LogXDivergedRun_DrawsTheFiniteEpochsAndSaysWhere()
    {
        var losses = Enumerable.Range(0, 5000).Select(t => t < 330 ? Math.Pow(10, t * 0.9) : t == 330 ? double.PositiveInfinity : double.NaN).ToArray();
        var svg = Loss(true, ChartSeries.Indexed("run", losses)).ToSvg();
        var doc = Parse(svg);

        Assert.That(svg, Does.Not.Contain("NaN").And.Not.Contain("Infinity"));
        Assert.That(Notes(doc), Does.Contain("diverged after epoch 330"));
        Assert.That(XTicks(doc).Keys, Is.EqualTo(new[] { "0", "1", "10", "100" }), "the axis ends with the finite losses");
        Assert.That(Vertices(doc), Has.Count.EqualTo(330));
    }

    [Test]
    public void ToSvg_LogXNothingFinite_SaysNoData()
    {
        var doc = Parse(Loss(true, ChartSeries.Indexed("run", [double.NaN, double.PositiveInfinity])).ToSvg());
        Assert.That(doc.Descendants(SvgNs + "text").Select(t => t.Value), Has.Some.EqualTo("no data"));
    }

    [Test]
    public void ToSvg_LogXOffOrOn_DifferentIdsSoTwoChartsOnAPageDoNotClash()
    {
        string Id(bool logX) => (string)Parse(Loss(logX, ChartSeries.Indexed("run", LossCurve(100))).ToSvg()).Root!.Element(SvgNs + "title")!.Attribute("id")!;
        Assert.That(Id(true), Is.Not.EqualTo(Id(false)));
    }

    [TestCase(0, 4999, new[] { 0.0, 1, 10, 100, 1000 })]
    [TestCase(0, 49, new[] { 0.0, 1, 2, 5, 10, 20 })]
    [TestCase(0, 1, new[] { 0.0, 1 })]
    [TestCase(3, 8, new[] { 3.0, 4, 5, 6, 7, 8 })] // one labelled value (5) in range: linear ticks instead
    public void LogSteps_Range_TicksFromZero(double min, double max, double[] expected) =>
        Assert.That(TickGenerator.LogSteps(min, max).Major, Is.EqualTo(expected));

    [Test]
    public void DownsampleByX_UnevenlySpacedPoints_BucketsByWidthKeepingEndsAndOrder()
    {
        // Points as a log axis places epochs 0..4999: crowded to the right.
        var points = Enumerable.Range(0, 5000).Select(i => (Math.Log10(i + 1) * 150, 1.0 / (i + 1))).ToList();
        var kept = LineDownsampler.DownsampleByX(points, 100);
        Assert.That(kept, Has.Count.LessThanOrEqualTo(100));
        Assert.That(kept[0], Is.EqualTo(points[0]));
        Assert.That(kept[^1], Is.EqualTo(points[^1]));
        Assert.That(kept.Take(4), Is.EqualTo(points.Take(4)), "the first, widely spaced points each have their own bucket");
        Assert.That(kept.Select(p => p.Item1), Is.Ordered.Ascending.And.Unique);
    }
}
