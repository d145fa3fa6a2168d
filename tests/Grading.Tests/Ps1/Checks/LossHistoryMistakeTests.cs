using Grading.Core.Checks;
using Ps1Autograd.Grading.Checks;
using Ps1Autograd.Grading.Running;
using static Grading.Tests.Ps1.Checks.Ps1CheckHarness;

namespace Grading.Tests.Ps1.Checks;

/// <summary>The mistakes the loss-history check names from the losses: not the mean, only the printed epochs, aliased start.</summary>
public class LossHistoryMistakeTests
{
    private static CheckOutcome Judge(TrainingRecord training) => Evaluate(new LossHistoryCheck(), Run(training));

    private static TrainingRecord Descent(int epochs = 50) => Simulate(epochs, 0.1, Exact);

    [Test]
    public void Evaluate_RootOfTheMse_FailsNamingTheRoot()
    {
        var descent = Descent();
        var outcome = Judge(descent with { LossHistory = descent.LossHistory.Select(Math.Sqrt).ToArray() });
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("your loss is the root of the mean squared error (RMSE)"));
    }

    [Test]
    public void Evaluate_SumOfSquares_FailsNamingTheSum()
    {
        var descent = Descent();
        int n = Ps1Reference.Value.Rows;
        var outcome = Judge(descent with { LossHistory = descent.LossHistory.Select(l => l * n).ToArray() });
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("your loss is the sum of the squared errors, not the mean"));
    }

    [Test]
    public void Evaluate_SumOfSquaresThatThenDiverges_NamesTheSumNotTheDivergence()
    {
        var descent = Descent();
        int n = Ps1Reference.Value.Rows;
        var losses = descent.LossHistory.Select(l => l * n).ToArray();
        losses[^1] = double.PositiveInfinity;
        Assert.That(Judge(descent with { LossHistory = losses }).Message, Does.Contain("the sum of the squared errors"));
    }

    [Test]
    public void Evaluate_MseInFloat32_Passes()
    {
        var descent = Descent();
        var outcome = Judge(descent with { LossHistory = descent.LossHistory.Select(l => (double)(float)l).ToArray() });
        Assert.That(outcome.Passed, Is.True, outcome.Message);
    }

    [Test]
    public void Evaluate_OnlyThePrintedEpochs_FailsNamingThem()
    {
        var full = Converged.Value;
        var printed = full with { LossHistory = Enumerable.Range(0, 5).Select(k => full.LossHistory[k * 1000]).ToArray() };
        var outcome = Judge(printed);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("the loss history holds only the 5 printed epochs (one every 1000)"));
    }

    [Test]
    public void Evaluate_OneEpochTooMany_IsNotCalledSparse()
    {
        // The count itself is the epochs check's business.
        var descent = Descent();
        var outcome = Judge(descent with { LossHistory = [.. descent.LossHistory, descent.LossHistory[^1]] });
        Assert.That(outcome.Passed, Is.True, outcome.Message);
    }

    [Test]
    public void Evaluate_InitialWeightsAliased_FailsNamingTheAlias()
    {
        var descent = Descent();
        var outcome = Judge(descent with { InitialWeights = descent.Weights });
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("InitialWeights is the same array you then update"));
    }

    [Test]
    public void Evaluate_DataChangedAndLossRises_SaysTheDataChanged()
    {
        var descent = Descent();
        var losses = (double[])descent.LossHistory.Clone();
        losses[10] = losses[9] * 1.01;
        var run = Run(descent with { LossHistory = losses }) with
        {
            Notes = new Dictionary<string, string> { [Ps1Values.DataChanged] = "after Train, Y had changed" },
        };
        var outcome = Evaluate(new LossHistoryCheck(), run);
        Assert.That(outcome.Message, Does.StartWith("Your section changed the data it was given (after Train, Y had changed). The loss rises at epoch 10"));
    }
}
