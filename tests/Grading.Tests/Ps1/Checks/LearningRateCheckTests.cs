using System.Globalization;
using System.Text.RegularExpressions;
using Grading.Core.Checks;
using Grading.Core.Running;
using Ps1Autograd.Grading.Checks;
using Ps1Autograd.Grading.Running;
using static Grading.Tests.Ps1.Checks.Ps1CheckHarness;

namespace Grading.Tests.Ps1.Checks;

public class LearningRateCheckTests
{
    // Only the rate, the start and the epochs asked matter: the check replays exact descent itself.
    private static TrainingRecord Record(double lr) => new(5000, (double[])Start.Clone(), lr, new double[5000], new double[7]);

    private static CheckOutcome Judge(double lr) => Evaluate(new LearningRateCheck(), Run(Record(lr)), 1e-3);

    [Test]
    public void StableLearningRateBound_Ps1Data_IsAbout0257()
    {
        Assert.That(Ps1Reference.Value.StableLearningRateBound, Is.EqualTo(0.257).Within(0.005));
    }

    [Test]
    public void Evaluate_Rate0Point1_Passes()
    {
        var outcome = Judge(0.1);
        Assert.That(outcome.Passed, Is.True, outcome.Message);
        Assert.That(outcome.Points, Is.EqualTo(8));
    }

    [Test]
    public void Evaluate_AboveTheBound_FailsSayingStabilityBound()
    {
        var outcome = Judge(0.3);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("the learning rate 0.3 is above the stability bound 2/λmax = 0.25"));
    }

    [Test]
    public void Evaluate_JustBelowTheBound_IsNotCalledUnstable()
    {
        var outcome = Judge(Ps1Reference.Value.StableLearningRateBound * 0.99);
        Assert.That(outcome.Message, Does.Not.Contain("stability bound"));
    }

    [Test]
    public void Evaluate_TinyRate_FailsSayingTooSmallAndSuggestsAConvergingRate()
    {
        var outcome = Judge(1e-5);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("the learning rate 1E-05 is too small to converge in 5000 epochs"));
        var suggested = Regex.Match(outcome.Message, @"about (\S+) would converge");
        Assert.That(suggested.Success, Is.True, outcome.Message);
        double rate = double.Parse(suggested.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.That(rate, Is.GreaterThan(1e-5).And.LessThan(Ps1Reference.Value.StableLearningRateBound));
        // The message promises the suggested rate converges: it must, as printed (rounded to 4 digits).
        Assert.That(Judge(rate).Passed, Is.True, $"suggested {rate}");
    }

    [Test]
    public void Evaluate_GoodRateButTheWeightsDiverged_PassesWithoutSayingTheRunConverges()
    {
        // A flipped sign at lr 0.1: the rate is fine, the run is not; the message must not contradict the other checks.
        var diverged = Record(0.1) with { Weights = Enumerable.Repeat(double.NaN, 7).ToArray() };
        var outcome = Evaluate(new LearningRateCheck(), Run(diverged), 1e-3);
        Assert.That(outcome.Passed, Is.True, outcome.Message);
        Assert.That(outcome.Message, Does.Not.Contain("and converges"));
        Assert.That(outcome.Message, Does.Contain("not what made your weights diverge"));
    }

    [Test]
    public void Evaluate_SmallRateButTheWeightsDiverged_NeverSaysTooSmall()
    {
        // A summed loss in autograd: exact descent at 1e-4 is slow, but the run's own steps were n times larger.
        var diverged = Record(1e-4) with { Weights = Enumerable.Repeat(double.NaN, 7).ToArray() };
        var outcome = Evaluate(new LearningRateCheck(), Run(diverged), 1e-3);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Not.Contain("too small"));
        Assert.That(outcome.Message, Does.StartWith("your weights diverged").And.Contain("larger than the rate times the gradient"));
    }

    [Test]
    public void Evaluate_SmallRateWeightsFarOffButFinite_PrintsThemReadably()
    {
        var diverged = Record(1e-4) with { Weights = [4.6e45, -1.2e44, 0.5, 0, 0, 0, 0] };
        var outcome = Evaluate(new LearningRateCheck(), Run(diverged), 1e-3);
        Assert.That(outcome.Message, Does.Contain("[4.6E+45, -1.2E+44, 0.500, 0.000"));
        Assert.That(outcome.Message, Does.Not.Match(@"\d{20}"));
    }

    [TestCase(-0.1)]
    [TestCase(0.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Evaluate_NotAPositiveNumber_Fails(double lr)
    {
        var outcome = Judge(lr);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.EndWith("is not a positive number."));
    }

    [Test]
    public void Evaluate_NoTrainingRun_Fails()
    {
        var outcome = Evaluate(new LearningRateCheck(), new SectionRun { SectionId = "1.2" });
        Assert.That(outcome.Message, Is.EqualTo("no training run was recorded."));
    }
}
