using Grading.Core.Running;
using Ps1Autograd.Grading.Running;

namespace Grading.Tests.Ps1.Running;

public class AutogradGradientDescentDriverTests
{
    [Test]
    public void ExplainNullGradient_NullReference_SaysTheWeightIsNoLongerALeaf()
    {
        var run = new SectionRun
        {
            SectionId = "1.4", Outcome = RunOutcome.Threw,
            Error = "1.4 Train threw NullReferenceException: Object reference not set to an instance of an object. (in S.Train, S.cs line 25)",
        };
        string? error = AutogradGradientDescentDriver.ExplainNullGradient(run).Error;
        Assert.That(error, Does.StartWith(run.Error).And.Contain("tb is no longer a leaf tensor").And.Contain("tb.sub_("));
    }

    [Test]
    public void ExplainNullGradient_OtherException_IsLeftAsItIs()
    {
        var run = new SectionRun { SectionId = "1.4", Outcome = RunOutcome.Threw, Error = "1.4 Train threw InvalidOperationException: stop." };
        Assert.That(AutogradGradientDescentDriver.ExplainNullGradient(run), Is.SameAs(run));
    }
}
