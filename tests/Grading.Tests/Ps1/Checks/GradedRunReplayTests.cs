using Grading.Core.Checks;
using Grading.Core.Running;
using Ps1Autograd.Grading.Checks;
using Ps1Autograd.Grading.Reference;
using Ps1Autograd.Grading.Running;
using static Grading.Tests.Ps1.Checks.Ps1CheckHarness;

namespace Grading.Tests.Ps1.Checks;

/// <summary>
/// The graded run must be the descent the section's code makes: the rule its check run follows on the hidden variant,
/// replayed on the real data from the graded run's own start. Honest runs, right or with a known mistake, are never blamed;
/// a pasted answer with a made-up history is; where the rule cannot be told, nothing is judged.
/// </summary>
public class GradedRunReplayTests
{
    private const int Seed = 660977638;
    private const int CheckEpochs = 20;

    private static LeastSquaresReference Real => Ps1Reference.Value;
    private static LeastSquaresReference Variant => Real.Variant(Seed);

    private static readonly Lazy<TrainingRecord> HonestGraded = new(() => Descend(Real, 5000, 0.1, ExactStep(Real, 0.1)));
    private static TrainingRecord HonestCheck => Descend(Variant, CheckEpochs, 0.1, ExactStep(Variant, 0.1), [0.1, -0.3, 0.2, 0.4, -0.1, 0.0, 0.3]);

    /// <summary>The reference table's weights, zeros as the start, and the MSE of weights sliding towards them: falling, honest-looking.</summary>
    private static TrainingRecord Pasted()
    {
        double[] answer = Real.Weights.Select(w => Math.Round(w, 3)).ToArray();
        var losses = new double[5000];
        double left = 1;
        for (int t = 0; t < losses.Length; t++, left *= 0.99) losses[t] = Real.Loss(answer.Select(a => (1 - left) * a).ToArray());
        return new TrainingRecord(5000, new double[7], 0.1, losses, answer);
    }

    private static CheckOutcome Weights(SectionRun run) => Evaluate(new WeightsCheck(), run, 1e-3);
    private static CheckOutcome Losses(SectionRun run) => Evaluate(new LossHistoryCheck(), run);
    private static CheckOutcome Steps(SectionRun run) => Evaluate(new GradientStepCheck(), run, 1e-6, 1e-3);

    [Test]
    public void Evaluate_HonestRunsOnBothData_PassWeightsLossesAndSteps()
    {
        var run = RunOnVariant(HonestGraded.Value, HonestCheck, Seed);
        Assert.That(Weights(run).Passed, Is.True, Weights(run).Message);
        Assert.That(Losses(run).Passed, Is.True, Losses(run).Message);
        var steps = Steps(run);
        Assert.That(steps.Passed, Is.True, steps.Message);
        Assert.That(steps.Message, Does.Contain("on a second data set"));
    }

    [Test]
    public void Evaluate_PastedAnswerWhenTheRunIsLong_FailsWeightsAndLossesNamingTheCause()
    {
        var run = RunOnVariant(Pasted(), HonestCheck, Seed);
        var weights = Weights(run);
        Assert.That(weights.Passed, Is.False);
        Assert.That(weights.Message, Does.StartWith("these weights did not come from your own descent"));
        Assert.That(weights.Message, Does.Contain("whatever options.Epochs"));
        var losses = Losses(run);
        Assert.That(losses.Passed, Is.False);
        Assert.That(losses.Message, Does.StartWith("your loss history is not the loss of your own descent"));
        Assert.That(losses.Message, Does.Contain("at epoch 1"));
        Assert.That(Steps(run).Passed, Is.True, "the check run itself was honest");
    }

    [Test]
    public void Evaluate_SamePastedAnswerOnTheVariant_FailsAsTheSameWhateverTheData()
    {
        var pasted = Pasted();
        var check = pasted with { EpochsRequested = CheckEpochs, LossHistory = pasted.LossHistory[..CheckEpochs] };
        var run = RunOnVariant(pasted, check, Seed);
        Assert.That(Weights(run).Message, Does.StartWith("your weights are the same whatever the data"));
        var steps = Steps(run);
        Assert.That(steps.Passed, Is.False);
        Assert.That(steps.Message, Does.StartWith("your weights are the same whatever the data"));
    }

    [Test]
    public void Evaluate_HalfStepsOnBothData_KeepsTheWeightsAndNamesTheFactorTwo()
    {
        // A missing factor 2 converges anyway: the weights are right, and the graded run is what the code does.
        var graded = Descend(Real, 5000, 0.1, ExactStep(Real, 0.05));
        var check = Descend(Variant, CheckEpochs, 0.1, ExactStep(Variant, 0.05));
        var run = RunOnVariant(graded, check, Seed);
        Assert.That(Weights(run).Passed, Is.True, Weights(run).Message);
        Assert.That(Losses(run).Passed, Is.True, Losses(run).Message);
        Assert.That(Steps(run).Message, Does.Contain("factor 2"));
    }

    [Test]
    public void Evaluate_LossRecordedAfterEachStepOnBothData_DoesNotBlameTheWeights()
    {
        var graded = Descend(Real, 5000, 0.1, ExactStep(Real, 0.1), lossAfterStep: true);
        var check = Descend(Variant, CheckEpochs, 0.1, ExactStep(Variant, 0.1), lossAfterStep: true);
        var weights = Weights(RunOnVariant(graded, check, Seed));
        Assert.That(weights.Passed, Is.True, weights.Message);
    }

    [Test]
    public void Evaluate_UnknownRuleOnTheVariant_JudgesNothingAboutTheGradedRun()
    {
        // Momentum is no rule the grader knows: it cannot say what the code would do on the real data, so it does not deduct.
        double[] velocity = new double[7];
        var check = Descend(Variant, CheckEpochs, 0.1, w =>
        {
            double[] g = Variant.Gradient(w);
            for (int j = 0; j < 7; j++) { velocity[j] = 0.9 * velocity[j] + g[j]; w[j] -= 0.1 * velocity[j]; }
        });
        var weights = Weights(RunOnVariant(Pasted(), check, Seed));
        Assert.That(weights.Passed, Is.True, weights.Message);
    }

    [Test]
    public void Evaluate_WithoutAVariantSeed_JudgesTheCheckRunOnTheRealData()
    {
        // A result saved before the variant: its check run was made on the real data, and is replayed there.
        var run = Run(HonestGraded.Value, Descend(Real, 3, 0.1, ExactStep(Real, 0.1)));
        Assert.That(Steps(run).Passed, Is.True, Steps(run).Message);
        Assert.That(Weights(run).Passed, Is.True);
    }

    [Test]
    public void Evaluate_AliasedCheckRunOfThirtySteps_ExplainsItsLastSteps()
    {
        var check = Descend(Variant, 30, 0.1, ExactStep(Variant, 0.1));
        var aliased = check with { InitialWeights = check.Weights };
        var steps = Steps(RunOnVariant(HonestGraded.Value, aliased, Seed));
        Assert.That(steps.Passed, Is.True, steps.Message);
        Assert.That(steps.Message, Does.StartWith("the last 3 of your 30 steps are exact gradient steps"));
    }

    [Test]
    public void Evaluate_AliasedCheckRunWithWrongSteps_Fails()
    {
        var check = Descend(Variant, 30, 0.1, ExactStep(Variant, -0.01));
        var aliased = check with { InitialWeights = check.Weights };
        Assert.That(Steps(RunOnVariant(HonestGraded.Value, aliased, Seed)).Passed, Is.False);
    }

    [Test]
    public void Unreported_RateTenTimesTheReportedOverTwentySteps_IsFound()
    {
        var check = Descend(Variant, 25, 0.01, ExactStep(Variant, 0.1));
        var outcome = Evaluate(new LearningRateCheck(), RunOnVariant(HonestGraded.Value with { LearningRate = 0.01 }, check, Seed), 1e-3);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("your steps are exact gradient steps with a learning rate of 0.1,"));
    }
}
