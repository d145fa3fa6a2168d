using Grading.Reports.Svg;
using static Grading.Tests.Svg.SvgTestData;

namespace Grading.Tests.Svg;

public class KernelDensityTests
{
    [Test]
    public void Estimate_StandardNormal_IntegratesToOneAndPeaksNearZero()
    {
        var (x, density) = KernelDensity.Estimate(Normal(5000, 42));
        var area = 0.0;
        for (var i = 1; i < x.Length; i++) area += (x[i] - x[i - 1]) * (density[i] + density[i - 1]) / 2;
        Assert.That(area, Is.EqualTo(1).Within(0.02));
        var peak = x[Array.IndexOf(density, density.Max())];
        Assert.That(peak, Is.EqualTo(0).Within(0.2));
        Assert.That(density.Max(), Is.EqualTo(1 / Math.Sqrt(2 * Math.PI)).Within(0.04), "height of the N(0,1) peak");
    }

    [Test]
    public void Estimate_Grid_SpansMinMinus3hToMaxPlus3h()
    {
        double[] values = [-1, 0, 0.5, 2, 3];
        var h = KernelDensity.SilvermanBandwidth(values);
        var (x, density) = KernelDensity.Estimate(values, 50);
        Assert.That(x, Has.Length.EqualTo(50));
        Assert.That(density, Has.Length.EqualTo(50));
        Assert.That(x[0], Is.EqualTo(-1 - 3 * h).Within(1e-12));
        Assert.That(x[^1], Is.EqualTo(3 + 3 * h).Within(1e-12));
    }

    [Test]
    public void SilvermanBandwidth_KnownSample_MatchesFormula()
    {
        // 1..10: sd = sqrt(55/6) ≈ 3.028, IQR (linear interpolation) = 7.75 − 3.25 = 4.5 → 4.5/1.34 ≈ 3.358.
        var values = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();
        var expected = 0.9 * Math.Sqrt(55.0 / 6) * Math.Pow(10, -0.2);
        Assert.That(KernelDensity.SilvermanBandwidth(values), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void SilvermanBandwidth_HeavyTails_UsesIqr()
    {
        // Outliers inflate sd far beyond IQR/1.34, so the robust branch decides.
        double[] values = [-1000, 1, 2, 3, 4, 5, 6, 7, 8, 1000];
        var iqr = 6.75 - 2.25;
        Assert.That(KernelDensity.SilvermanBandwidth(values), Is.EqualTo(0.9 * iqr / 1.34 * Math.Pow(10, -0.2)).Within(1e-12));
    }

    [Test]
    public void Estimate_ConstantOrEmpty_DoesNotThrow()
    {
        var (x, density) = KernelDensity.Estimate([0.25, 0.25, 0.25]);
        Assert.That(density.All(double.IsFinite), Is.True);
        Assert.That(density.Max(), Is.GreaterThan(0));
        Assert.That(KernelDensity.Estimate([double.NaN]).X, Is.Empty);
    }

    [Test]
    public void Estimate_SkipsNonFinite()
    {
        var clean = Normal(500, 1);
        var dirty = clean.Append(double.NaN).Append(double.PositiveInfinity).ToArray();
        Assert.That(KernelDensity.Estimate(dirty).Density, Is.EqualTo(KernelDensity.Estimate(clean).Density));
    }
}
