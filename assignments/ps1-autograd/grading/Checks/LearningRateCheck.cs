using Grading.Core.Checks;
using Ps1Autograd.Grading.Reference;
using Ps1Autograd.Grading.Running;

namespace Ps1Autograd.Grading.Checks;

/// <summary>
/// The learning rate lets gradient descent converge within the epochs asked: below the stability
/// bound 2/λmax of the MSE's Hessian, and large enough that exact descent from the submission's own
/// start reaches the optimum to the tolerance.
/// </summary>
public sealed class LearningRateCheck : SingleOutcomeCheck
{
    public override string Kind => "learning-rate";

    protected override CheckOutcome Judge(CheckContext context)
    {
        var run = TrainingRecord.Graded(context.Run);
        if (run is null) return context.Fail("no training run was recorded.");
        double lr = run.LearningRate;
        double bound = context.ReferenceAs<LeastSquaresReference>().StableLearningRateBound;
        if (!double.IsFinite(lr) || lr <= 0) return context.Fail($"the learning rate {WeightText.Number(lr)} is not a positive number.");
        if (TrainingRecord.Probe(context.Run) is { } probe && probe.LearningRate == lr
            && UsedLearningRate.Unreported(CheckRunReference.Of(context), probe,
                (initial, replayed) => GradientStepCheck.Tolerance(GradientStepCheck.StepContext(context), initial, replayed)) is { } used)
            return context.Fail(UsedLearningRate.Meaning(used, lr));
        if (lr >= bound)
            return context.Fail($"the learning rate {WeightText.Number(lr)} is above the stability bound 2/λmax = {WeightText.Number(bound)} "
                + "for this data: gradient descent diverges.");
        if (run.InitialWeights.Length != context.ReferenceAs<LeastSquaresReference>().Dimension || !WeightText.AllFinite(run.InitialWeights))
            return context.Fail($"the initial weights {WeightText.Weights(run.InitialWeights)} cannot be replayed.");
        double tolerance = context.Spec.Tolerance ?? 1e-3;
        var exact = context.ReferenceAs<LeastSquaresReference>().Descend(run.InitialWeights, lr, run.EpochsRequested);
        double gap = WeightText.LargestDifference(exact.FinalWeights, context.ReferenceAs<LeastSquaresReference>().Weights).Difference;
        if (gap > tolerance && Diverged(context, run))
            return context.Fail($"your weights diverged ({WeightText.Weights(run.Weights)}) although exact gradient descent at the learning rate "
                + $"{WeightText.Number(lr)} is stable (below {WeightText.Number(bound)}): the rate is not what made them diverge, your steps are "
                + "larger than the rate times the gradient (see the gradient-step check).");
        if (gap > tolerance)
            return context.Fail($"the learning rate {WeightText.Number(lr)} is too small to converge in {run.EpochsRequested} epochs: exact gradient "
                + $"descent from your initial weights is still {WeightText.Number(gap)} from the optimum (tolerance {WeightText.Number(tolerance)}); "
                + $"about {WeightText.Number(NeededRate(context, run.InitialWeights, run.EpochsRequested, tolerance))} would converge "
                + $"(stable below {WeightText.Number(bound)}).");
        // A run that diverged at a good rate keeps these points, but is not told that it "converges": the rate is not its problem.
        if (Diverged(context, run))
            return context.Pass($"the learning rate {WeightText.Number(lr)} is stable (below {WeightText.Number(bound)}): exact gradient descent at it "
                + $"converges within {run.EpochsRequested} epochs, so it is not what made your weights diverge (see the gradient-step check).");
        return context.Pass($"the learning rate {WeightText.Number(lr)} is stable (below {WeightText.Number(bound)}) and converges within "
            + $"{run.EpochsRequested} epochs.");
    }

    /// <summary>The run's own weights blew up: not finite, or their loss above the loss it started from.</summary>
    private static bool Diverged(CheckContext context, TrainingRecord run)
    {
        if (!WeightText.AllFinite(run.Weights)) return true;
        if (run.Weights.Length != run.InitialWeights.Length) return false;
        var reference = context.ReferenceAs<LeastSquaresReference>();
        return reference.Loss(run.Weights) > reference.Loss(run.InitialWeights);
    }

    /// <summary>The slowest direction shrinks by (1 − lr·λmin) per epoch: solve for the rate that closes the gap.</summary>
    private static double NeededRate(CheckContext context, double[] initial, int epochs, double tolerance)
    {
        double start = Math.Max(WeightText.LargestDifference(initial, context.ReferenceAs<LeastSquaresReference>().Weights).Difference, tolerance * 2);
        double rate = Math.Log(start / tolerance) / (epochs * context.ReferenceAs<LeastSquaresReference>().SmallestHessianEigenvalue);
        return Math.Min(rate, context.ReferenceAs<LeastSquaresReference>().StableLearningRateBound / 2);
    }
}
