using Grading.Reports.Html;

namespace Grading.Tests.Reports;

public class DisplayTests
{
    [TestCase(0.2041234567, "0.204123")]
    [TestCase(-999999.5, "-999999.500000")]
    [TestCase(4.6e45, "4.6E+45")]
    [TestCase(-1.234e6, "-1.234E+06")]
    [TestCase(double.NaN, "NaN")]
    public void SixDecimals_Value_IsReadable(double value, string expected)
    {
        Assert.That(Display.SixDecimals(value), Is.EqualTo(expected));
    }
}
