using Grading.Reports.Svg;

namespace Grading.Tests.Svg;

public class TickTests
{
    [TestCase(0.5, "0.5")]
    [TestCase(1.0, "1")]
    [TestCase(10.0, "10")]
    [TestCase(0.001, "1e-3")]
    [TestCase(0.0025, "2.5e-3")]
    [TestCase(0.01, "0.01")]
    [TestCase(15000.0, "15000")]
    [TestCase(200000.0, "2e5")]
    [TestCase(-0.2, "-0.2")]
    [TestCase(0.30000000000000004, "0.3")]
    [TestCase(0.0, "0")]
    public void Format_Value_IsCompactAndInvariant(double value, string expected) =>
        Assert.That(TickLabel.Format(value), Is.EqualTo(expected));

    [Test]
    public void Log_UnderTwoDecades_Adds2And5Multiples() =>
        Assert.That(TickGenerator.Log(0.4, 14), Is.EqualTo(new[] { 0.5, 1, 2, 5, 10 }));

    [Test]
    public void Log_ManyDecades_PowersOfTenOnly() =>
        Assert.That(TickGenerator.Log(1e-4, 20), Is.EqualTo(new[] { 1e-4, 1e-3, 1e-2, 0.1, 1, 10 }));

    [Test]
    public void Log_NarrowRangeWithoutNiceValue_FallsBackToLinear()
    {
        var ticks = TickGenerator.Log(0.43, 0.47);
        Assert.That(ticks, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(ticks, Has.All.InRange(0.43, 0.47));
    }

    [Test]
    public void LinearNice_Range_Uses125StepsAndCoversData()
    {
        var (min, max, ticks) = TickGenerator.LinearNice(-0.013, 0.41, 5);
        Assert.That(ticks, Is.EqualTo(new[] { -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5 }));
        Assert.That((min, max), Is.EqualTo((-0.1, 0.5)));
    }

    [Test]
    public void Linear_EpochAxis_TicksInsideDataExtent() =>
        Assert.That(TickGenerator.Linear(0, 4999, 6), Is.EqualTo(new[] { 0, 1000, 2000, 3000, 4000 }));
}
