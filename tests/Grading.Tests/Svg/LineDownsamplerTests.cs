using Grading.Reports.Svg;

namespace Grading.Tests.Svg;

public class LineDownsamplerTests
{
    private static List<(double X, double Y)> Curve(int n) => Enumerable.Range(0, n).Select(i => ((double)i, Math.Exp(-i / 500.0))).ToList();

    [Test]
    public void Downsample_5000Points_KeepsAtMost800WithEnds()
    {
        var points = Curve(5000);
        var kept = LineDownsampler.Downsample(points, 800);
        Assert.That(kept, Has.Count.LessThanOrEqualTo(800).And.Count.GreaterThan(700));
        Assert.That(kept[0], Is.EqualTo(points[0]));
        Assert.That(kept[^1], Is.EqualTo(points[^1]));
        Assert.That(kept.Select(p => p.X), Is.Ordered.Ascending.And.Unique);
    }

    [Test]
    public void Downsample_SpikeAndDip_BothSurvive()
    {
        var points = Curve(5000);
        points[1234] = (1234, 50);
        points[3210] = (3210, -50);
        var kept = LineDownsampler.Downsample(points, 800);
        Assert.That(kept, Does.Contain(points[1234]));
        Assert.That(kept, Does.Contain(points[3210]));
    }

    [Test]
    public void Downsample_ShortSeries_Unchanged()
    {
        var points = Curve(300);
        Assert.That(LineDownsampler.Downsample(points, 800), Is.SameAs(points));
    }
}
