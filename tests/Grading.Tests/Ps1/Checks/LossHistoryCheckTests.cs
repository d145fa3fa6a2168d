using Grading.Core.Checks;
using Grading.Core.Running;
using Ps1Autograd.Grading.Checks;
using Ps1Autograd.Grading.Running;
using static Grading.Tests.Ps1.Checks.Ps1CheckHarness;

namespace Grading.Tests.Ps1.Checks;

public class LossHistoryCheckTests
{
    private static TrainingRecord Descent() => Simulate(50, 0.1, Exact);

    private static CheckOutcome Judge(TrainingRecord training) => Evaluate(new LossHistoryCheck(), Run(training));

    private static TrainingRecord WithLosses(TrainingRecord run, Action<double[]> edit)
    {
        var losses = (double[])run.LossHistory.Clone();
        edit(losses);
        return run with { LossHistory = losses };
    }

    [Test]
    public void Evaluate_ExactDescent_Passes()
    {
        var outcome = Judge(Descent());
        Assert.That(outcome.Passed, Is.True, outcome.Message);
        Assert.That(outcome.Message, Does.StartWith("finite and falling"));
    }

    [Test]
    public void Evaluate_NaNAtEpoch7_FailsNamingTheEpoch()
    {
        var outcome = Judge(WithLosses(Descent(), l => l[7] = double.NaN));
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Points, Is.Zero);
        Assert.That(outcome.Message, Does.StartWith("the loss is NaN at epoch 7"));
    }

    [Test]
    public void Evaluate_InfinityAtEpoch3_FailsNamingTheEpoch()
    {
        var outcome = Judge(WithLosses(Descent(), l => l[3] = double.PositiveInfinity));
        Assert.That(outcome.Message, Does.Contain("at epoch 3"));
    }

    [Test]
    public void Evaluate_RiseAtEpoch10_FailsNamingTheEpoch()
    {
        var outcome = Judge(WithLosses(Descent(), l => l[10] = l[9] * 1.01));
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("the loss rises at epoch 10"));
    }

    [Test]
    public void Evaluate_Float32SizedNoise_IsNotARise()
    {
        // A flat tail jittering by 1e-7 relative is float32 rounding, not divergence.
        var outcome = Judge(WithLosses(Converged.Value, l => l[^1] = l[^2] * (1 + 1e-7)));
        Assert.That(outcome.Passed, Is.True, outcome.Message);
    }

    [Test]
    public void Evaluate_FirstLossIsNotTheInitialMse_Fails()
    {
        // Recording the loss after the update shifts the whole history by one step.
        var descent = Descent();
        var shifted = descent with { LossHistory = descent.LossHistory[1..] };
        var outcome = Judge(shifted);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("the first loss").And.Contain("is not the MSE of the initial weights"));
    }

    [Test]
    public void Evaluate_FlatHistory_FailsSayingItDoesNotFall()
    {
        var descent = Descent();
        var flat = descent with { LossHistory = Enumerable.Repeat(descent.LossHistory[0], 50).ToArray() };
        Assert.That(Judge(flat).Message, Does.StartWith("the loss does not fall"));
    }

    [Test]
    public void Evaluate_NoLosses_Fails()
    {
        Assert.That(Judge(Descent() with { LossHistory = [] }).Message, Is.EqualTo("no losses were recorded."));
    }
}
