using Grading.Core.Checks;
using Grading.Core.Running;
using Ps1Autograd.Grading.Checks;
using static Grading.Tests.Ps1.Checks.Ps1CheckHarness;

namespace Grading.Tests.Ps1.Checks;

public class WeightsCheckTests
{
    private static CheckOutcome Judge(double[]? weights, double tolerance = 1e-3) =>
        Evaluate(new WeightsCheck(), WithWeights(weights), tolerance);

    private static double[] Optimum => (double[])Ps1Reference.Value.Weights.Clone();

    [Test]
    public void Evaluate_ReferenceWeights_PassesWithFullPoints()
    {
        var outcome = Judge(Optimum);
        Assert.That(outcome.Passed, Is.True, outcome.Message);
        Assert.That(outcome.Points, Is.EqualTo(8));
        Assert.That(outcome.Message, Does.StartWith("all 7 weights within 0.001"));
    }

    [Test]
    public void Evaluate_WithinTolerance_Passes()
    {
        var w = Optimum;
        w[4] += 5e-4;
        Assert.That(Judge(w, 6e-4).Passed, Is.True);
    }

    [Test]
    public void Evaluate_SixWeights_FailsNamingBothCounts()
    {
        var outcome = Judge(Optimum[..6]);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Points, Is.Zero);
        Assert.That(outcome.MaxPoints, Is.EqualTo(8));
        Assert.That(outcome.Message, Does.StartWith("returned 6 weights, expected 7 (b0..b6)"));
    }

    [Test]
    public void Evaluate_NaNWeight_FailsSayingNotFinite()
    {
        var w = Optimum;
        w[2] = double.NaN;
        var outcome = Judge(w);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("the weights are not finite"));
    }

    [Test]
    public void Evaluate_OutOfTolerance_NamesTheWorstWeight()
    {
        var w = Optimum;
        w[1] += 0.002;
        w[5] -= 0.03;
        var outcome = Judge(w);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("b5 = "));
        Assert.That(outcome.Message, Does.Contain("is 0.03 from the least-squares value").And.Contain("(tolerance 0.001)"));
    }

    [Test]
    public void Evaluate_NoWeights_Fails()
    {
        Assert.That(Judge(null).Message, Is.EqualTo("no weights were returned."));
        Assert.That(Judge([]).Passed, Is.False);
    }

    [Test]
    public void Evaluate_TrainingRun_JudgesItsFinalWeights()
    {
        var outcome = Evaluate(new WeightsCheck(), Run(Converged.Value), 1e-3);
        Assert.That(outcome.Passed, Is.True, outcome.Message);
        var stopped = Simulate(10, 0.1, Exact);
        Assert.That(Evaluate(new WeightsCheck(), Run(stopped), 1e-3).Passed, Is.False);
    }
}
