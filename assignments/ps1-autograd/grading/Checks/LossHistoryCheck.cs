using Grading.Core.Checks;
using Ps1Autograd.Grading.Reference;
using Ps1Autograd.Grading.Running;
using Ps1Autograd.Grading.Spec;

namespace Ps1Autograd.Grading.Checks;

/// <summary>
/// The loss history is the MSE of the reported weights, one per epoch, finite, and falls: with a stable learning
/// rate, gradient descent on a convex quadratic never increases the loss. When it is not, the message says which
/// mistake the numbers point to (the root or the sum instead of the mean, only the printed epochs, aliased weights).
/// </summary>
public sealed class LossHistoryCheck : SingleOutcomeCheck
{
    // float32 weights put ~1e-7 relative noise on each loss; 1e-5 is far above that, far below any real rise.
    private const double RiseSlack = 1e-5;
    private const double LossMatchTolerance = 1e-4;

    public override string Kind => "loss-history";

    /// <summary>Whether a reported loss is <paramref name="expected"/>, to float32 rounding.</summary>
    public static bool Matches(double reported, double expected) =>
        Math.Abs(reported - expected) <= LossMatchTolerance * Math.Max(1, Math.Abs(expected));

    protected override CheckOutcome Judge(CheckContext context) => DataChangeNote.Prefix(JudgeLosses(context), context);

    private static CheckOutcome JudgeLosses(CheckContext context)
    {
        var run = TrainingRecord.Graded(context.Run);
        if (run is null || run.LossHistory.Length == 0) return context.Fail("no losses were recorded.");
        var reference = context.ReferenceAs<LeastSquaresReference>();
        double[] losses = run.LossHistory;
        double? initialLoss = run.InitialWeights.Length == reference.Dimension ? reference.Loss(run.InitialWeights) : null;
        // A loss that is not the MSE is named first: a summed loss is also why an autograd run then diverges.
        if (initialLoss is { } mse && NotTheMean(reference, losses[0], mse) is { } notTheMean) return context.Fail(notTheMean);
        int bad = Array.FindIndex(losses, l => !double.IsFinite(l));
        if (bad >= 0)
            return context.Fail($"the loss is {WeightText.Number(losses[bad])} at epoch {bad}: the descent diverged "
                + "(a learning rate too large, or a wrong gradient).");
        if (Sparse(context, run) is { } sparse) return context.Fail(sparse);
        if (initialLoss is { } expected && !Matches(losses[0], expected))
        {
            string numbers = $"the first loss {WeightText.Number(losses[0])} is not the MSE of the initial weights ({WeightText.Number(expected)})";
            return context.Fail(run.InitialWeights.SequenceEqual(run.Weights) && run.LearningRate != 0
                ? $"{numbers}: {GradientStepCheck.AliasedInitialWeights}"
                : $"{numbers}: record the loss of the weights before each update.");
        }
        for (int t = 1; t < losses.Length; t++)
        {
            if (losses[t] > losses[t - 1] * (1 + RiseSlack) + 1e-12)
                return context.Fail($"the loss rises at epoch {t} ({WeightText.Number(losses[t - 1])} → {WeightText.Number(losses[t])}): "
                    + "gradient descent with a stable learning rate never increases the MSE.");
        }
        if (losses.Length > 1 && !(losses[^1] < losses[0]))
            return context.Fail($"the loss does not fall ({WeightText.Number(losses[0])} → {WeightText.Number(losses[^1])}).");
        if (GradedRunReplay.Find(context) is { Epoch: not null } mismatch)
            return context.Fail(GradedRunReplay.LossMessage(mismatch, CheckRunReference.Of(context)));
        return context.Pass($"finite and falling: {WeightText.Number(losses[0])} → {WeightText.Number(losses[^1])} "
            + $"(optimum {WeightText.Number(reference.OptimalLoss)}).");
    }

    /// <summary>The first loss is the root (RMSE) or the sum (SSE) of the squared errors of the initial weights, not their mean.</summary>
    private static string? NotTheMean(LeastSquaresReference reference, double first, double expected)
    {
        if (!double.IsFinite(first) || Matches(first, expected)) return null;
        string numbers = $"your first loss is {WeightText.Number(first)} where the MSE of your initial weights is {WeightText.Number(expected)}";
        if (Matches(first * first, expected))
            return $"{numbers}: your loss is the root of the mean squared error (RMSE). Report the MSE, the mean of the squared errors, without the square root.";
        if (Matches(first, expected * reference.Rows))
            return $"{numbers}, {reference.Rows} (n) times less: your loss is the sum of the squared errors, not the mean. Divide by n (use the mean).";
        return null;
    }

    /// <summary>
    /// A history far shorter than the epochs run is not the loss of every epoch. Filled only when the loss is printed is
    /// the usual way it happens, and named so. (The epochs check counts entries; this one says what the history is.)
    /// </summary>
    private static string? Sparse(CheckContext context, TrainingRecord run)
    {
        int every = Math.Max(1, Ps1Blocks.TrainingOf(context.Assignment).LogEvery);
        long printed = (run.EpochsRequested + every - 1) / every;
        if (run.LossCount == printed && run.EpochsRequested > every)
            return $"the loss history holds only the {run.LossCount} printed epochs (one every {every}), not the loss of every epoch: "
                + "add the loss to LossHistory every epoch, and print only when t % LogEvery == 0.";
        if (run.LossCount * 2 < run.EpochsRequested)
            return $"the loss history has {run.LossCount} entries for {run.EpochsRequested} epochs: record the loss of every epoch.";
        return null;
    }
}
