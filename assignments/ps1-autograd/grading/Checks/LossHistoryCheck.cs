using Grading.Core.Checks;
using Ps1Autograd.Grading.Reference;
using Ps1Autograd.Grading.Running;

namespace Ps1Autograd.Grading.Checks;

/// <summary>
/// The loss history is the MSE of the reported weights, finite, and falls: with a stable learning
/// rate, gradient descent on a convex quadratic never increases the loss.
/// </summary>
public sealed class LossHistoryCheck : SingleOutcomeCheck
{
    // float32 weights put ~1e-7 relative noise on each loss; 1e-5 is far above that, far below any real rise.
    private const double RiseSlack = 1e-5;
    private const double LossMatchTolerance = 1e-4;

    public override string Kind => "loss-history";

    protected override CheckOutcome Judge(CheckContext context)
    {
        var run = TrainingRecord.Graded(context.Run);
        if (run is null || run.LossHistory.Length == 0) return context.Fail("no losses were recorded.");
        double[] losses = run.LossHistory;
        int bad = Array.FindIndex(losses, l => !double.IsFinite(l));
        if (bad >= 0)
            return context.Fail($"the loss is {WeightText.Number(losses[bad])} at epoch {bad}: the descent diverged "
                + "(a learning rate too large, or a wrong gradient).");
        if (run.InitialWeights.Length == context.ReferenceAs<LeastSquaresReference>().Dimension)
        {
            double expected = context.ReferenceAs<LeastSquaresReference>().Loss(run.InitialWeights);
            if (Math.Abs(losses[0] - expected) > LossMatchTolerance * Math.Max(1, Math.Abs(expected)))
                return context.Fail($"the first loss {WeightText.Number(losses[0])} is not the MSE of the initial weights "
                    + $"({WeightText.Number(expected)}): record the loss of the weights before each update.");
        }
        for (int t = 1; t < losses.Length; t++)
        {
            if (losses[t] > losses[t - 1] * (1 + RiseSlack) + 1e-12)
                return context.Fail($"the loss rises at epoch {t} ({WeightText.Number(losses[t - 1])} → {WeightText.Number(losses[t])}): "
                    + "gradient descent with a stable learning rate never increases the MSE.");
        }
        if (losses.Length > 1 && !(losses[^1] < losses[0]))
            return context.Fail($"the loss does not fall ({WeightText.Number(losses[0])} → {WeightText.Number(losses[^1])}).");
        return context.Pass($"finite and falling: {WeightText.Number(losses[0])} → {WeightText.Number(losses[^1])} "
            + $"(optimum {WeightText.Number(context.ReferenceAs<LeastSquaresReference>().OptimalLoss)}).");
    }
}
