using Ps1Autograd.Grading.Reference;
using Ps1Autograd.Grading.Running;

namespace Ps1Autograd.Grading.Checks;

/// <summary>
/// The learning rate a run's steps were really taken with, when it is not the one it reports: its check-run steps are
/// exact gradient steps at another rate (a constant `lr` used in the loop and another value returned). A rate half,
/// twice or n times the reported one is left to the gradient-step check, which names the gradient mistake that gives
/// the same steps (a factor 2; the gradient of the sum).
/// </summary>
internal static class UsedLearningRate
{
    /// <summary>The rate the check run's steps match exactly, when it differs from the reported one; otherwise null.</summary>
    /// <param name="tolerance">The gradient-step check's tolerance for a replay (initial weights, replayed weights).</param>
    public static double? Unreported(LeastSquaresReference reference, TrainingRecord probe, Func<double[], double[], double> tolerance)
    {
        double[] start = probe.InitialWeights;
        int steps = (int)Math.Clamp(probe.LossCount > 0 ? probe.LossCount : probe.EpochsRequested, 1, 100);
        if (start.Length != reference.Dimension || probe.Weights.Length != reference.Dimension || !WeightText.AllFinite(probe.Weights)) return null;

        // First order: the weights moved by about −rate · steps · g(start) along the gradient.
        double[] gradient = reference.Gradient(start);
        double squared = gradient.Sum(g => g * g);
        double along = probe.Weights.Zip(start, (w, w0) => w - w0).Zip(gradient, (d, g) => d * g).Sum();
        double guess = -along / (steps * squared);
        if (!double.IsFinite(guess) || guess <= 0) return null;

        // Then the rate whose exact steps land closest: a scan of every stable rate, five decades below the stability bound
        // (a first-order guess is far off once the fast directions have converged), then golden-section search in the best
        // cell. Replays are 7×7 products.
        double Gap(double rate) => WeightText.LargestDifference(probe.Weights, reference.Descend(start, rate, steps).FinalWeights).Difference;
        const double Cell = 1.25;
        double best = guess, bestGap = double.PositiveInfinity;
        for (double r = reference.StableLearningRateBound * 1e-5; r <= reference.StableLearningRateBound; r *= Cell)
        {
            double g = Gap(r);
            if (g < bestGap) (best, bestGap) = (r, g);
        }
        double low = best / Cell, high = best * Cell;
        const double Golden = 0.6180339887498949;
        for (int i = 0; i < 60; i++)
        {
            double left = high - Golden * (high - low), right = low + Golden * (high - low);
            if (Gap(left) < Gap(right)) high = right; else low = left;
        }
        double rate = (low + high) / 2;
        if (Gap(rate) > tolerance(start, reference.Descend(start, rate, steps).FinalWeights)) return null;
        double ratio = rate / probe.LearningRate;
        // Ratios a known gradient mistake gives are that mistake's (StepMistakes): ×½ or ×2 (a factor 2), ×n (the sum's gradient).
        double[] known = [1, 0.5, 2, reference.Rows];
        return known.Any(k => Math.Abs(ratio / k - 1) < 1e-3) ? null : rate;
    }

    /// <summary>What the student reads: the rate they used, the one they reported, and the fix.</summary>
    public static string Meaning(double used, double reported) =>
        $"your steps are exact gradient steps with a learning rate of {WeightText.Number(used)}, but the run reports "
        + $"{WeightText.Number(reported)}: return the rate you actually use in the update (TrainingRun's LearningRate).";
}
