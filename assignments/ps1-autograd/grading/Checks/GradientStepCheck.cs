using Grading.Core.Assignments;
using Grading.Core.Checks;
using Ps1Autograd.Grading.Reference;
using Ps1Autograd.Grading.Running;
using Ps1Autograd.Grading.Spec;

namespace Ps1Autograd.Grading.Checks;

/// <summary>
/// The method, not the end point: the check run's steps (made on the hidden variant of the data, see
/// <see cref="CheckRunReference"/>), replayed exactly from its own initial weights and learning rate, must land where the
/// submission's did. A flipped sign, a wrong factor,
/// an accumulated gradient, weights updated one at a time or a closed-form answer in disguise all
/// move the weights elsewhere, and each is named when the probe matches it exactly.
/// </summary>
public sealed class GradientStepCheck : SingleOutcomeCheck
{
    public override string Kind => "gradient-step";

    protected override CheckOutcome Judge(CheckContext context)
    {
        var reference = CheckRunReference.Of(context);
        if (context.Run.Notes?.GetValueOrDefault(Ps1Values.ProbeError) is { } error)
            return context.Fail(CheckRunReference.OnVariant(context)
                ? $"the check run, on {CheckRunReference.Described(reference)}, failed: {error}"
                : $"the {Ps1Blocks.TrainingOf(context.Assignment).ProbeEpochs}-epoch check run failed: {error}");
        TrainingRecord? probe = TrainingRecord.Probe(context.Run);
        int dimension = reference.Dimension;
        if (probe is null) return context.Fail("no check run was recorded.");
        if (probe.InitialWeights.Length != dimension || probe.Weights.Length != dimension)
            return context.Fail($"the check run reported {probe.InitialWeightCount} initial and {probe.WeightCount} final weights, expected {dimension}.");
        if (!WeightText.AllFinite(probe.Weights) || !double.IsFinite(probe.LearningRate))
            return context.Fail($"after {probe.EpochsRequested} epochs the weights are not finite {WeightText.Weights(probe.Weights)}.");

        // Judge the steps the run made: as many as it recorded losses, or as many epochs as it was asked for when it
        // recorded fewer (a history filled only at the logged epochs). Counting them is the epochs check's business.
        int[] counts = StepCounts(probe);
        foreach (int count in counts)
        {
            double[] exact = reference.Descend(probe.InitialWeights, probe.LearningRate, count).FinalWeights;
            double gap = WeightText.LargestDifference(probe.Weights, exact).Difference;
            if (gap <= Tolerance(context, probe.InitialWeights, exact))
                return context.Pass($"{count} steps from your initial weights match exact gradient steps{(CheckRunReference.OnVariant(context) ? " on a second data set the grader made from yours" : "")} (largest difference {WeightText.Difference(gap)}).");
        }
        if (probe.InitialWeights.SequenceEqual(probe.Weights)) return JudgeAliased(context, probe, counts);
        // Exact steps at a rate other than the one reported: the gradient is right, the report is not (learning-rate check).
        if (UsedLearningRate.Unreported(reference, probe, (initial, replayed) => Tolerance(context, initial, replayed)) is { } used)
            return context.Pass($"your steps are exact gradient steps, at a learning rate of {WeightText.Number(used)} (see the learning-rate check).");

        // Weights kept from the graded run (a pasted answer, or the first call's result again): that is the whole story.
        if (VariantWeights.SameOnCheckRun(context) is { } same) return context.Fail(same);
        int steps = counts[0];
        double[] expected = reference.Descend(probe.InitialWeights, probe.LearningRate, steps).FinalWeights;
        var (index, offBy) = WeightText.LargestDifference(probe.Weights, expected);
        // On the hidden variant, the step's size is said, not where exact steps land: the variant's values stay unknown.
        string where = CheckRunReference.OnVariant(context)
            ? $"on {CheckRunReference.Described(reference)}, after {steps} epochs b{index} = {WeightText.Number(probe.Weights[index])} is "
                + $"{WeightText.Number(offBy)} from where exact gradient steps from your initial weights land"
            : $"after {steps} epochs b{index} = {WeightText.Number(probe.Weights[index])}, but exact gradient steps from your initial "
                + $"weights give {WeightText.Number(expected[index])}";
        return context.Fail($"{where}: {Diagnose(context, probe, counts, expected)}");
    }

    /// <summary>The step counts the run may have made, most likely first: one per recorded loss (the true count, even when
    /// only the head of the history was kept), then the epochs asked. Replays are 7×7 products, so a bound keeps them cheap.</summary>
    internal static int[] StepCounts(TrainingRecord probe) =>
        new[] { Math.Min(probe.LossCount, MaxReplayedSteps), probe.EpochsRequested }.Where(c => c > 0).Select(c => (int)c)
            .Distinct().DefaultIfEmpty(1).ToArray();

    internal const int MaxReplayedSteps = 20_000;

    /// <summary>The context with the section's gradient-step tolerances (the defaults where it has no such check): other checks
    /// replay steps with them, never with their own tolerances.</summary>
    internal static CheckContext StepContext(CheckContext context) => context with
    {
        Spec = context.Section.Checks.FirstOrDefault(c => c.Kind == "gradient-step") ?? new CheckSpec { Kind = "gradient-step", Points = 0 },
    };

    internal static double Tolerance(CheckContext context, double[] initial, double[] replayed) =>
        (context.Spec.Tolerance ?? 1e-6) + (context.Spec.RelativeTolerance ?? 1e-3) * initial.Zip(replayed, (a, b) => Math.Abs(a - b)).Max();

    /// <summary>
    /// The reported start is the reported end: the run handed back the array it then updated. The last steps are undone
    /// from the end, a few only (undoing multiplies rounding by up to 1/(1 − lr·λmax) a step); when the losses the run
    /// recorded for them are the MSEs along that path, those steps were exact.
    /// </summary>
    private static CheckOutcome JudgeAliased(CheckContext context, TrainingRecord probe, int[] counts)
    {
        var reference = CheckRunReference.Of(context);
        foreach (int count in counts)
        {
            if (probe.LossHistory.Length != count) continue;
            int undone = Math.Min(count, AliasedStepsUndone);
            double[]? w = probe.Weights;
            bool explained = true;
            for (int i = 1; i <= undone && explained; i++)
            {
                w = reference.Undo(w!, probe.LearningRate, 1);
                explained = w is not null && LossHistoryCheck.Matches(probe.LossHistory[count - i], reference.Loss(w));
            }
            if (explained)
                return context.Pass($"the last {undone} of your {count} steps are exact gradient steps: they explain your losses. (Your InitialWeights "
                    + "is the array you then update, so it reports the final weights: see the loss-history check.)");
        }
        return context.Fail(AliasedInitialWeights + " Your steps cannot be replayed from it.");
    }

    private const int AliasedStepsUndone = 3;

    /// <summary>Said wherever the reported initial weights turn out to be the final ones.</summary>
    public const string AliasedInitialWeights = "InitialWeights is the same array you then update, so it ends up holding the final weights: "
        + "copy it before the loop (`(double[])w.Clone()`, or `w.ToArray()`).";

    /// <summary>
    /// Names the likely mistake: each known mistake is an update rule replayed from the run's own start and rate
    /// (<see cref="StepMistakes"/>); a gradient off by a constant factor is exact descent at a scaled rate.
    /// </summary>
    private static string Diagnose(CheckContext context, TrainingRecord probe, int[] counts, double[] expected)
    {
        if (DataChangeNote.Of(context) is { } changed) return changed;
        var reference = CheckRunReference.Of(context);
        double[] optimum = reference.Weights;
        if (WeightText.LargestDifference(probe.Weights, optimum).Difference < 1e-6 && WeightText.LargestDifference(expected, optimum).Difference > 1e-3)
            return "your weights are already the least-squares solution after a few epochs, so they did not come from gradient steps.";
        foreach (int count in counts)
        {
            foreach (var mistake in StepMistakes.All)
            {
                double[] replayed = reference.Replay(probe.InitialWeights, count, mistake.Step(reference, probe.LearningRate));
                if (WeightText.AllFinite(replayed)
                    && WeightText.LargestDifference(probe.Weights, replayed).Difference <= Tolerance(context, probe.InitialWeights, replayed))
                    return mistake.Meaning;
            }
        }
        double[] theirs = probe.Weights.Zip(probe.InitialWeights, (w, w0) => w - w0).ToArray();
        double[] ours = expected.Zip(probe.InitialWeights, (w, w0) => w - w0).ToArray();
        if (theirs.Zip(ours, (a, b) => a * b).Sum() < 0)
            return "your updates move uphill, against the gradient: check the sign of the gradient and of the update.";
        return "check the gradient formula: ∂MSE/∂bⱼ = (2/n) Σᵢ (ŷᵢ − yᵢ) xᵢⱼ, and the update bⱼ −= lr · ∂MSE/∂bⱼ.";
    }
}
