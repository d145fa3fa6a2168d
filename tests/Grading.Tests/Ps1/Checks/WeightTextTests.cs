using Ps1Autograd.Grading.Checks;

namespace Grading.Tests.Ps1.Checks;

public class WeightTextTests
{
    [TestCase(0.20412, "0.204")]
    [TestCase(-12345.6, "-12345.600")]
    [TestCase(4.6e45, "4.6E+45")]
    [TestCase(-3.25e7, "-3.25E+07")]
    [TestCase(double.NaN, "NaN")]
    [TestCase(double.PositiveInfinity, "Infinity")]
    public void Weight_Value_IsShortAndReadable(double value, string expected)
    {
        Assert.That(WeightText.Weight(value), Is.EqualTo(expected));
    }
}
