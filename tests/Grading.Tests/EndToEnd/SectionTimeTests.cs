using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.EndToEnd;

/// <summary>A section that stopped early reports the time it ran, not 0.</summary>
public class SectionTimeTests
{
    [Test]
    public void Grade_ConstructorThrows_ReportsTheTimeTheConstructorRan()
    {
        var section = Ps1Grading.GradeOverlay("constructor-throws").Section("1.2");
        Assert.That(section.Status, Is.EqualTo(SectionStatus.Error));
        Assert.That(section.Error, Does.StartWith("creating Section12ArrayGradientDescent threw IndexOutOfRangeException"));
        Assert.That(section.DurationMs, Is.GreaterThan(0));
    }
}
