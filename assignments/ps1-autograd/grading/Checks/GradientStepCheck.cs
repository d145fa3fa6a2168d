using Grading.Core.Checks;
using Ps1Autograd.Grading.Reference;
using Ps1Autograd.Grading.Running;
using Ps1Autograd.Grading.Spec;

namespace Ps1Autograd.Grading.Checks;

/// <summary>
/// The method, not the end point: the probe run's steps, replayed exactly from its own initial
/// weights and learning rate, must land where the submission's did. A flipped sign, a wrong factor,
/// an accumulated gradient or a closed-form answer in disguise all move the weights elsewhere.
/// </summary>
public sealed class GradientStepCheck : SingleOutcomeCheck
{
    public override string Kind => "gradient-step";

    protected override CheckOutcome Judge(CheckContext context)
    {
        if (context.Run.Notes?.GetValueOrDefault(Ps1Values.ProbeError) is { } error)
            return context.Fail($"the {Ps1Blocks.TrainingOf(context.Assignment).ProbeEpochs}-epoch check run failed: {error}");
        TrainingRecord? probe = TrainingRecord.Probe(context.Run);
        int dimension = context.ReferenceAs<LeastSquaresReference>().Dimension;
        if (probe is null) return context.Fail("no check run was recorded.");
        if (probe.InitialWeights.Length != dimension || probe.Weights.Length != dimension)
            return context.Fail($"the check run reported {probe.InitialWeightCount} initial and {probe.WeightCount} final weights, expected {dimension}.");
        if (probe.LossHistory.Length == 0) return context.Fail("the check run recorded no loss, so no step can be compared.");
        if (!WeightText.AllFinite(probe.Weights) || !double.IsFinite(probe.LearningRate))
            return context.Fail($"after {probe.LossHistory.Length} epochs the weights are not finite {WeightText.Weights(probe.Weights)}.");

        // Replay as many steps as the submission recorded: an off-by-one epoch count is the epochs check's business.
        int steps = probe.LossHistory.Length;
        var exact = context.ReferenceAs<LeastSquaresReference>().Descend(probe.InitialWeights, probe.LearningRate, steps);
        double[] expected = exact.FinalWeights;
        double movement = probe.InitialWeights.Zip(expected, (a, b) => Math.Abs(a - b)).Max();
        double tolerance = (context.Spec.Tolerance ?? 1e-6) + (context.Spec.RelativeTolerance ?? 1e-3) * movement;
        var (index, difference) = WeightText.LargestDifference(probe.Weights, expected);
        if (difference <= tolerance)
            return context.Pass($"{steps} steps from your initial weights match exact gradient steps (largest difference {WeightText.Number(difference)}).");
        return context.Fail($"after {steps} epochs b{index} = {WeightText.Number(probe.Weights[index])}, but exact gradient steps from your initial "
            + $"weights give {WeightText.Number(expected[index])}: {Diagnose(context, probe, exact.Losses, expected, tolerance)}");
    }

    /// <summary>
    /// Names the likely mistake. A gradient off by a constant factor is exact descent at a scaled
    /// learning rate, so replaying at −lr, lr/2 and 2·lr identifies those mistakes exactly.
    /// </summary>
    private static string Diagnose(CheckContext context, TrainingRecord probe, double[] exactLosses, double[] expected, double tolerance)
    {
        double[] optimum = context.ReferenceAs<LeastSquaresReference>().Weights;
        if (WeightText.LargestDifference(probe.Weights, optimum).Difference < 1e-6 && WeightText.LargestDifference(expected, optimum).Difference > 1e-3)
            return "your weights are already the least-squares solution after a few epochs, so they did not come from gradient steps.";
        foreach (var (factor, meaning) in ScaledMistakes)
        {
            var scaled = context.ReferenceAs<LeastSquaresReference>().Descend(probe.InitialWeights, factor * probe.LearningRate, probe.LossHistory.Length);
            if (scaled.Losses.Length == probe.LossHistory.Length && WeightText.LargestDifference(probe.Weights, scaled.FinalWeights).Difference <= tolerance)
                return meaning;
        }
        bool firstLossesMatch = probe.LossHistory.Length > 1 && exactLosses.Length > 1
            && Math.Abs(probe.LossHistory[1] - exactLosses[1]) <= 1e-6 * Math.Max(1, Math.Abs(exactLosses[1]));
        if (firstLossesMatch)
            return "the first step is exact but later ones are not: the gradient accumulates across epochs. Clear it after every update.";
        double[] theirs = probe.Weights.Zip(probe.InitialWeights, (w, w0) => w - w0).ToArray();
        double[] ours = expected.Zip(probe.InitialWeights, (w, w0) => w - w0).ToArray();
        if (theirs.Zip(ours, (a, b) => a * b).Sum() < 0)
            return "your updates move uphill, against the gradient: check the sign of the gradient and of the update.";
        return "check the gradient formula: ∂MSE/∂bⱼ = (2/n) Σᵢ (ŷᵢ − yᵢ) xᵢⱼ, and the update bⱼ −= lr · ∂MSE/∂bⱼ.";
    }

    private static readonly (double Factor, string Meaning)[] ScaledMistakes =
    [
        (-1, "your updates move uphill, exactly against the gradient: the sign of the gradient (or of the update) is flipped."),
        (0.5, "your steps are exactly half the exact ones: the factor 2 of d/dw (ŷ − y)² is missing from the gradient."),
        (2, "your steps are exactly twice the exact ones: the gradient is doubled (counted twice, or 2 applied twice)."),
    ];
}
