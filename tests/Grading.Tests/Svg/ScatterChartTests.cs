using System.Text.RegularExpressions;
using Grading.Reports.Svg;
using static Grading.Tests.Svg.SvgTestData;

namespace Grading.Tests.Svg;

public class ScatterChartTests
{
    private static ScatterChart Residuals(IReadOnlyList<double> errors) => new()
    {
        Title = "The error of the predictions from the truth", Description = "Residual of each row of the closed-form fit",
        XLabel = "row", YLabel = "error", Points = ChartSeries.Indexed("error", errors), ZeroLine = new ChartMarker(0, "0"),
    };

    [Test]
    public void ToSvg_17000Points_IsOnePathUnderSizeBound()
    {
        var svg = Residuals(Normal(17_000, 7, 0.65)).ToSvg();
        var doc = Parse(svg);
        var path = SeriesPaths(doc).Single();
        var d = (string)path.Attribute("d")!;
        Assert.That(doc.Descendants(SvgNs + "path").Count(), Is.EqualTo(1));
        Assert.That(doc.Descendants(SvgNs + "circle"), Is.Empty);
        Assert.That(Regex.Count(d, "h0"), Is.GreaterThan(16_000), "nearly every point drawn (only exact pixel repeats dropped)");
        Assert.That(Regex.IsMatch(d, @"\d\.\d\d"), Is.False, "coordinates have at most one decimal");
        Assert.That((string?)path.Attribute("stroke-linecap"), Is.EqualTo("round"));
        Assert.That(svg.Length, Is.LessThan(250_000));
    }

    [Test]
    public void ToSvg_DotPath_ReturnsToEveryPointWithinATenthOfAPixel()
    {
        // Relative moves must not drift: replay them and compare the last dot with its absolute position.
        var errors = Normal(5000, 3);
        var doc = Parse(Residuals(errors).ToSvg());
        var d = (string)SeriesPaths(doc).Single().Attribute("d")!;
        var moves = Regex.Matches(d, @"([Mm])(-?[\d.]+)\s?(-?[\d.]+)h0").ToList();
        double x = 0, y = 0;
        foreach (var m in moves)
        {
            var (dx, dy) = (Number(m.Groups[2].Value), Number(m.Groups[3].Value));
            (x, y) = m.Groups[1].Value == "M" ? (dx, dy) : (x + dx, y + dy);
        }
        Assert.That(moves.Count(m => m.Value[0] == 'M'), Is.EqualTo(1));
        var axisLeft = 66.0;
        var right = 640 - 16.0;
        Assert.That(x, Is.EqualTo(right).Within(0.051), "the last point (highest row index) lies on the right edge");
        Assert.That(x, Is.GreaterThan(axisLeft));
        Assert.That(y, Is.GreaterThan(0));
    }

    [Test]
    public void ToSvg_ZeroLine_IsDrawnDashedWithLabel()
    {
        var doc = Parse(Residuals(Normal(100, 5)).ToSvg());
        var marker = doc.Descendants(SvgNs + "g").Single(g => (string?)g.Attribute("class") == "chart-marker");
        Assert.That((string?)marker.Element(SvgNs + "line")!.Attribute("stroke-dasharray"), Is.Not.Null);
        Assert.That(marker.Element(SvgNs + "text")!.Value, Is.EqualTo("0"));
    }

    [Test]
    public void ToSvg_NonFinitePoints_AreSkippedAndCounted()
    {
        var errors = Normal(100, 5);
        errors[10] = double.NaN;
        errors[20] = double.NegativeInfinity;
        var doc = Parse(Residuals(errors).ToSvg());
        Assert.That(Notes(doc), Does.Contain("2 non-finite points not shown"));
        Assert.That(doc.ToString(), Does.Not.Contain("NaN").And.Not.Contain("Infinity"));
    }

    [Test]
    public void ToSvg_NoPoints_SaysNoData()
    {
        var doc = Parse(new ScatterChart { Title = "empty" }.ToSvg());
        Assert.That(doc.Descendants(SvgNs + "text").Select(t => t.Value), Has.Some.EqualTo("no data"));
    }
}
