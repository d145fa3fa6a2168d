using Grading.Core.Checks;
using Ps1Autograd.Grading.Reference;
using Ps1Autograd.Grading.Running;

namespace Ps1Autograd.Grading.Checks;

/// <summary>The final weights are within an absolute tolerance of the reference least-squares weights, and they follow the
/// data: 1.1's solve on the hidden variant gives that variant's weights (<see cref="VariantWeights"/>); a training section's
/// check run on the variant does not end where the graded run did, and the graded run is the descent its code makes
/// (<see cref="GradedRunReplay"/>).</summary>
public sealed class WeightsCheck : SingleOutcomeCheck
{
    public override string Kind => "weights";

    protected override CheckOutcome Judge(CheckContext context) =>
        DataChangeNote.Prefix(Compare(context) with { Tolerance = context.Spec.Tolerance ?? 1e-3 }, context);

    private static CheckOutcome Compare(CheckContext context)
    {
        double tolerance = context.Spec.Tolerance ?? 1e-3;
        double[]? weights = context.Run.Values?.GetValueOrDefault(Ps1Values.Weights);
        var reference = context.ReferenceAs<LeastSquaresReference>();
        double[] expected = reference.Weights;
        if (weights is null || weights.Length == 0) return context.Fail("no weights were returned.");
        long count = context.Run.LengthOf(Ps1Values.Weights); // the true count, when only the head was kept
        if (count != expected.Length)
            return context.Fail($"returned {count} weights, expected {expected.Length} (b0..b{expected.Length - 1}).");
        if (!WeightText.AllFinite(weights))
            return context.Fail($"the weights are not finite {WeightText.Weights(weights)}: the computation diverged or divided by zero.");
        var (index, difference) = WeightText.LargestDifference(weights, expected);
        if (difference > tolerance)
            return context.Fail($"b{index} = {WeightText.Number(weights[index])} is {WeightText.Number(difference)} from the least-squares "
                + $"value {WeightText.Number(expected[index])} (tolerance {WeightText.Number(tolerance)}). Got {WeightText.Weights(weights)}, "
                + $"expected {WeightText.Weights(expected)}.");
        if (VariantWeights.Problem(context.Run, reference, weights, tolerance) is { } variant) return context.Fail(variant);
        if (VariantWeights.SameOnCheckRun(context) is { } same) return context.Fail(same);
        if (GradedRunReplay.Find(context) is { } mismatch) return context.Fail(GradedRunReplay.WeightsMessage(mismatch, CheckRunReference.Of(context)));
        return context.Pass($"all {weights.Length} weights within {WeightText.Number(tolerance)} of the least-squares solution "
            + $"(largest difference {WeightText.Difference(difference)}).");
    }
}
