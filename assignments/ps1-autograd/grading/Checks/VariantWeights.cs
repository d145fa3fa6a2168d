using Grading.Core.Checks;
using Grading.Core.Running;
using Ps1Autograd.Grading.Reference;
using Ps1Autograd.Grading.Running;

namespace Ps1Autograd.Grading.Checks;

/// <summary>
/// Judges the weights a section returned for the hidden variant of the data (<see cref="Data.VariantDataset"/>), where it
/// was run on one: they must be that data's least-squares solution too. Weights that stay what they were on the real
/// data were not computed from the data at all (pasted, or hard-coded). The message never shows the variant's expected
/// values: the variant must stay unknown to the student.
/// </summary>
internal static class VariantWeights
{
    /// <summary>The failure message, or null when the variant's weights are right or the section was not run on a variant.</summary>
    public static string? Problem(SectionRun run, LeastSquaresReference reference, double[] realWeights, double tolerance)
    {
        if (run.VariantSeed is not { } seed) return null;
        // Only a closed-form run records a solve on the variant (its weights, or why there are none); a training run's check run is judged below.
        if (!run.Values!.ContainsKey(Ps1Values.VariantWeights) && run.Notes?.ContainsKey(Ps1Values.VariantError) != true) return null;
        var variant = reference.Variant(seed);
        string data = $"on {CheckRunReference.Described(variant)}";
        if (run.Values.GetValueOrDefault(Ps1Values.VariantWeights) is not { } weights)
            return $"{data}, it gave no weights: {run.Notes?.GetValueOrDefault(Ps1Values.VariantError) ?? "nothing was returned."}";
        if (weights.Length != variant.Dimension) return $"{data}, it returned {weights.Length} weights, expected {variant.Dimension}.";
        var (index, difference) = WeightText.LargestDifference(weights, variant.Weights);
        if (!(difference > tolerance)) return null;
        var (_, moved) = WeightText.LargestDifference(weights, realWeights);
        if (moved <= tolerance) return Same(variant);
        return $"{data}, your weights are not its least-squares solution: b{index} is {WeightText.Number(difference)} from it "
            + $"(tolerance {WeightText.Number(tolerance)}). Compute the weights from `data` alone.";
    }

    /// <summary>
    /// A training section's check run, made on the variant, ended on the weights the graded run returned: a start, a rate and
    /// a few epochs on other data cannot land there, so the weights were written in (or kept from the first call). Null otherwise.
    /// </summary>
    public static string? SameOnCheckRun(CheckContext context)
    {
        if (!CheckRunReference.OnVariant(context)) return null;
        if (TrainingRecord.Graded(context.Run) is not { } graded || TrainingRecord.Probe(context.Run) is not { } probe) return null;
        if (graded.Weights.Length != probe.Weights.Length || graded.Weights.Length == 0 || !WeightText.AllFinite(graded.Weights)) return null;
        if (graded.Weights.SequenceEqual(graded.InitialWeights)) return null; // a run that never moved says nothing about the data
        double tolerance = context.Section.Checks.FirstOrDefault(c => c.Kind == "weights")?.Tolerance ?? 1e-3;
        return WeightText.LargestDifference(probe.Weights, graded.Weights).Difference <= tolerance ? Same(CheckRunReference.Of(context)) : null;
    }

    private static string Same(LeastSquaresReference variant) =>
        "your weights are the same whatever the data: they must be computed from `data`, not written in. "
        + $"On {CheckRunReference.Described(variant)}, it returned the same weights again.";
}
