using AutodiffWarmup.Grading;

namespace Grading.Tests.Autodiff;

public class GradientChecksTests
{
    private static readonly double G = SinSquare.Derivative(AutodiffSettings.SinX);

    [Test]
    public void Gradient_AnalyticValues_Pass()
    {
        var outcome = AutodiffChecks.Evaluate(new GradientCheck(), new() { ["cubic.grad"] = [75, -12] }, "cubic.grad", 1e-5, 1e-4);
        Assert.That(outcome.Passed, Is.True, outcome.Message);
    }

    [TestCase(-1.0, "wrong sign")]
    [TestCase(2.0, "the gradient doubled")]
    [TestCase(0.5, "a factor 2 is missing")]
    [TestCase(0.0, "backward() did not reach this tensor")]
    [TestCase(1.3, "not the derivative of the function asked for")]
    public void Gradient_WrongValue_NamesTheMistake(double factor, string named)
    {
        var outcome = AutodiffChecks.Evaluate(new GradientCheck(), new() { ["sin.grad"] = [factor * G] }, "sin.grad", 1e-5, 1e-4);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain(named));
    }

    [Test]
    public void Accumulation_OnePassTwoPassesAndZeroed_Passes() =>
        Assert.That(AutodiffChecks.Evaluate(new AccumulationCheck(), new() { ["accumulation"] = [G, 2 * G, G] }).Passed, Is.True);

    [Test]
    public void Accumulation_SecondPassDidNotAdd_SaysAutogradAccumulates()
    {
        var outcome = AutodiffChecks.Evaluate(new AccumulationCheck(), new() { ["accumulation"] = [G, G, G] });
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("autograd adds each pass's gradient to x.grad"));
    }

    [Test]
    public void Accumulation_NeverZeroed_SaysCallZero()
    {
        var outcome = AutodiffChecks.Evaluate(new AccumulationCheck(), new() { ["accumulation"] = [G, 2 * G, 3 * G] });
        Assert.That(outcome.Message, Does.StartWith("the gradient doubled").And.Contain("x.grad.zero_()"));
    }

    [Test]
    public void MlpArchitecture_StraightLine_SaysReLUIsMissing()
    {
        var outcome = AutodiffChecks.Evaluate(new MlpArchitectureCheck(), new() { ["mlp.parameters"] = [1153], ["mlp.curvature"] = [1e-7] });
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("without nn.ReLU()"));
        var wrongSize = AutodiffChecks.Evaluate(new MlpArchitectureCheck(), new() { ["mlp.parameters"] = [97], ["mlp.curvature"] = [0.9] });
        Assert.That(wrongSize.Message, Does.Contain("97 parameters"));
    }

    [Test]
    public void Reference_LeastSquaresCubic_IsTheKnownFitOfSine()
    {
        // The cubic least-squares fit of sin on [−π, π]: odd, b ≈ 0.857, d ≈ −0.0933 (independent of TorchSharp).
        var cubic = AutodiffChecks.Reference.Value.Value("cubic.least-squares")!;
        Assert.That(cubic[0], Is.EqualTo(0).Within(1e-12));
        Assert.That(cubic[1], Is.EqualTo(0.85674).Within(1e-4));
        Assert.That(cubic[2], Is.EqualTo(0).Within(1e-12));
        Assert.That(cubic[3], Is.EqualTo(-0.09333).Within(1e-4));
    }
}
