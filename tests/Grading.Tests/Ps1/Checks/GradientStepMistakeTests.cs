using Grading.Core.Checks;
using Ps1Autograd.Grading.Checks;
using Ps1Autograd.Grading.Running;
using static Grading.Tests.Ps1.Checks.Ps1CheckHarness;

namespace Grading.Tests.Ps1.Checks;

/// <summary>The mistakes the gradient-step check names from the probe's steps, and the right steps it must not blame.</summary>
public class GradientStepMistakeTests
{
    private static CheckOutcome Judge(TrainingRecord probe) => Evaluate(new GradientStepCheck(), Run(probe), 1e-6, 1e-3);

    /// <summary>Three epochs whose loss history holds only epoch 0, as a loop that records only the printed epochs gives.</summary>
    private static TrainingRecord LoggedOnly(TrainingRecord probe) => probe with { LossHistory = probe.LossHistory[..1] };

    /// <summary>Coordinate-wise descent: each weight's gradient is taken after the weights before it were updated.</summary>
    private static TrainingRecord OneAtATime(int epochs, double lr)
    {
        var w = (double[])Start.Clone();
        var losses = new double[epochs];
        for (int t = 0; t < epochs; t++)
        {
            losses[t] = Ps1Reference.Value.Loss(w);
            for (int j = 0; j < w.Length; j++) w[j] -= lr * Exact(w)[j];
        }
        return new TrainingRecord(epochs, (double[])Start.Clone(), lr, losses, w);
    }

    [Test]
    public void Evaluate_ExactStepsLossesOnlyAtPrintedEpochs_Passes()
    {
        var outcome = Judge(LoggedOnly(Simulate(3, 0.1, Exact)));
        Assert.That(outcome.Passed, Is.True, outcome.Message);
        Assert.That(outcome.Message, Does.StartWith("3 steps from your initial weights match exact gradient steps"));
    }

    [Test]
    public void Evaluate_HardCodedEpochsExactSteps_JudgesTheStepsItRan()
    {
        // Asked for 3, ran 20: the count is the epochs check's business, the steps are exact.
        var outcome = Judge(Simulate(20, 0.1, Exact) with { EpochsRequested = 3 });
        Assert.That(outcome.Passed, Is.True, outcome.Message);
        Assert.That(outcome.Message, Does.StartWith("20 steps"));
    }

    [Test]
    public void Evaluate_FlippedSignLossesOnlyAtPrintedEpochs_StillNamesTheSign()
    {
        var outcome = Judge(LoggedOnly(Simulate(3, 0.1, w => Exact(w).Select(g => -g).ToArray())));
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("the sign of the gradient (or of the update) is flipped"));
    }

    [Test]
    public void Evaluate_WeightsUpdatedOneAtATime_FailsNamingIt()
    {
        var outcome = Judge(OneAtATime(3, 0.1));
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("you update the weights one at a time and recompute the prediction in between"));
    }

    [Test]
    public void Evaluate_GradientWithoutTheFeature_FailsNamingIt()
    {
        var outcome = Judge(Simulate(3, 0.1, w => Enumerable.Repeat(Exact(w)[0], w.Length).ToArray()));
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("the gradient of bⱼ is missing the feature xᵢⱼ"));
    }

    [Test]
    public void Evaluate_GradientOfTheSum_FailsNamingTheSum()
    {
        int n = Ps1Reference.Value.Rows;
        var outcome = Judge(Simulate(3, 1e-6, w => Exact(w).Select(g => g * n).ToArray()));
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("n times too large: it is the gradient of the sum of squared errors"));
    }

    [Test]
    public void Evaluate_InitialWeightsAliasedStepsExact_PassesFromTheRecoveredStart()
    {
        var exact = Simulate(3, 0.1, Exact);
        var outcome = Judge(exact with { InitialWeights = exact.Weights });
        Assert.That(outcome.Passed, Is.True, outcome.Message);
        Assert.That(outcome.Message, Does.Contain("Your InitialWeights is the array you then update"));
    }

    [Test]
    public void Evaluate_InitialWeightsAliasedStepsHalved_FailsNamingTheAlias()
    {
        var halved = Simulate(3, 0.1, w => Exact(w).Select(g => g / 2).ToArray());
        var outcome = Judge(halved with { InitialWeights = halved.Weights });
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("InitialWeights is the same array you then update").And.Contain("(double[])w.Clone()"));
    }

    [Test]
    public void Evaluate_DataChangedInPlace_NamesTheChangeFirst()
    {
        // Steps that are off after the first one would otherwise read as an accumulating gradient.
        var run = Run(Simulate(3, 0.1, Exact, accumulate: true));
        run = run with { Notes = new Dictionary<string, string> { [Ps1Values.DataChanged] = "after Train, Y had changed" } };
        var outcome = Evaluate(new GradientStepCheck(), run, 1e-6, 1e-3);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("your section changed the data it was given: after Train, Y had changed: leave data.X"));
        Assert.That(outcome.Message, Does.Not.Contain("accumulates"));
    }
}
