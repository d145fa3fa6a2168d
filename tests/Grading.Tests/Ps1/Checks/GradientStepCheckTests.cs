using Grading.Core.Checks;
using Ps1Autograd.Grading.Checks;
using Ps1Autograd.Grading.Running;
using static Grading.Tests.Ps1.Checks.Ps1CheckHarness;

namespace Grading.Tests.Ps1.Checks;

public class GradientStepCheckTests
{
    private static CheckOutcome Judge(ProbeKind kind) => Evaluate(new GradientStepCheck(), Run(Probe(kind)), 1e-6, 1e-3);

    private static TrainingRecord Probe(ProbeKind kind) => kind switch
    {
        ProbeKind.Exact => Simulate(3, 0.1, Exact),
        ProbeKind.SignFlipped => Simulate(3, 0.1, w => Exact(w).Select(g => -g).ToArray()),
        ProbeKind.MissingFactorTwo => Simulate(3, 0.1, w => Exact(w).Select(g => g / 2).ToArray()),
        ProbeKind.Accumulating => Simulate(3, 0.1, Exact, accumulate: true),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Test]
    public void Evaluate_ExactSteps_Passes()
    {
        var outcome = Judge(ProbeKind.Exact);
        Assert.That(outcome.Passed, Is.True, outcome.Message);
        Assert.That(outcome.Points, Is.EqualTo(8));
    }

    [Test]
    public void Evaluate_SignFlipped_FailsSayingUphill()
    {
        var outcome = Judge(ProbeKind.SignFlipped);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Points, Is.Zero);
        Assert.That(outcome.Message, Does.Contain("uphill"));
    }

    [Test]
    public void Evaluate_MissingFactorTwo_FailsNamingTheFactor()
    {
        var outcome = Judge(ProbeKind.MissingFactorTwo);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("factor 2"));
    }

    [Test]
    public void Evaluate_AccumulatedGradients_FailsSayingTheyAccumulate()
    {
        var outcome = Judge(ProbeKind.Accumulating);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("accumulates"));
    }

    [Test]
    public void Evaluate_ClosedFormDressedAsDescent_FailsSayingSo()
    {
        var exact = Simulate(3, 0.1, Exact);
        var disguised = exact with { Weights = (double[])Ps1Reference.Value.Weights.Clone() };
        var outcome = Evaluate(new GradientStepCheck(), Run(disguised), 1e-6, 1e-3);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("did not come from gradient steps"));
    }

    [Test]
    public void Evaluate_Float32RoundingOnly_Passes()
    {
        var exact = Simulate(3, 0.1, Exact);
        var rounded = exact with { Weights = exact.Weights.Select(w => (double)(float)w).ToArray() };
        Assert.That(Evaluate(new GradientStepCheck(), Run(rounded), 1e-6, 1e-3).Passed, Is.True);
    }
}
