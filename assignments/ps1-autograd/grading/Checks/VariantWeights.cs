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
        if (run.Values?.GetValueOrDefault(Ps1Values.VariantSeed) is not [var seed] || !double.IsFinite(seed)) return null;
        var variant = reference.Variant((int)seed);
        string data = $"on a second data set the grader made from yours ({variant.Rows} of its rows, another target), which your code never sees in advance";
        if (run.Values.GetValueOrDefault(Ps1Values.VariantWeights) is not { } weights)
            return $"{data}, it gave no weights: {run.Notes?.GetValueOrDefault(Ps1Values.VariantError) ?? "nothing was returned."}";
        if (weights.Length != variant.Dimension) return $"{data}, it returned {weights.Length} weights, expected {variant.Dimension}.";
        var (index, difference) = WeightText.LargestDifference(weights, variant.Weights);
        if (!(difference > tolerance)) return null;
        var (_, moved) = WeightText.LargestDifference(weights, realWeights);
        if (moved <= tolerance)
            return "your weights are the same whatever the data: they must be computed from `data`, not written in. "
                + $"{char.ToUpperInvariant(data[0])}{data[1..]}, it returned the same weights again.";
        return $"{data}, your weights are not its least-squares solution: b{index} is {WeightText.Number(difference)} from it "
            + $"(tolerance {WeightText.Number(tolerance)}). Compute the weights from `data` alone.";
    }
}
