using AutodiffWarmup.Grading;

namespace Grading.Tests.Autodiff;

public class MlpFitCheckTests
{
    private static Grading.Core.Checks.CheckOutcome Judge(Dictionary<string, double[]> values)
    {
        var check = new MlpFitCheck();
        var spec = new Grading.Core.Assignments.CheckSpec { Kind = check.Kind, Points = 12, Key = "valid.mse", Maximum = 0.005 };
        var section = new Grading.Core.Assignments.SectionSpec { Id = "6", Title = "t", Points = 12, Driver = "none", Contract = "none", Checks = [spec], Questions = [], Rules = [] };
        var assignment = new Grading.Core.Assignments.AssignmentSpec { Id = "autodiff-warmup", Title = "t", Harness = "AutodiffWarmup.Grading", Directory = ".", Sections = [section] };
        var run = new Grading.Core.Running.SectionRun { SectionId = "6", Values = values };
        return check.Evaluate(new Grading.Core.Checks.CheckContext(assignment, section, spec, run, AutodiffChecks.Reference.Value)).Single();
    }

    [Test]
    public void Evaluate_BelowTheLimit_Passes() =>
        Assert.That(Judge(new() { ["valid.mse"] = [0.0009] }).Passed, Is.True);

    [Test]
    public void Evaluate_StillFallingWhenStopped_SaysUnderTrained()
    {
        var outcome = Judge(new() { ["valid.mse"] = [0.02], ["valid.mse.more"] = [0.0011] });
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("the network is under-trained").And.Contain("still falling when training stopped"));
    }

    [Test]
    public void Evaluate_MoreTrainingDoesNotHelp_DoesNotBlameTheEpochs()
    {
        // A straight line (no ReLU) stays near MSE 0.09 however long it trains: not an epochs problem.
        var outcome = Judge(new() { ["valid.mse"] = [0.09], ["valid.mse.more"] = [0.088] });
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Not.Contain("under-trained"));
        Assert.That(outcome.Message, Does.Contain("above the limit 0.005"));
    }
}
