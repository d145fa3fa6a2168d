using Grading.Core.Reference;
namespace Grading.Core.Checks;

/// <summary>The final weights are within an absolute tolerance of the reference least-squares weights.</summary>
public sealed class WeightsCheck : SingleOutcomeCheck
{
    public override string Kind => "weights";

    protected override CheckOutcome Judge(CheckContext context) => Compare(context) with { Tolerance = context.Spec.Tolerance ?? 1e-3 };

    private static CheckOutcome Compare(CheckContext context)
    {
        double tolerance = context.Spec.Tolerance ?? 1e-3;
        double[]? weights = context.Run.Weights ?? context.Run.Training?.Weights;
        double[] expected = context.ReferenceAs<LeastSquaresReference>().Weights;
        if (weights is null || weights.Length == 0) return context.Fail("no weights were returned.");
        if (weights.Length != expected.Length)
            return context.Fail($"returned {weights.Length} weights, expected {expected.Length} (b0..b{expected.Length - 1}).");
        if (!VectorText.AllFinite(weights))
            return context.Fail($"the weights are not finite {VectorText.Weights(weights)}: the computation diverged or divided by zero.");
        var (index, difference) = VectorText.LargestDifference(weights, expected);
        if (difference > tolerance)
            return context.Fail($"b{index} = {VectorText.Number(weights[index])} is {VectorText.Number(difference)} from the least-squares "
                + $"value {VectorText.Number(expected[index])} (tolerance {VectorText.Number(tolerance)}). Got {VectorText.Weights(weights)}, "
                + $"expected {VectorText.Weights(expected)}.");
        return context.Pass($"all {weights.Length} weights within {VectorText.Number(tolerance)} of the least-squares solution "
            + $"(largest difference {VectorText.Number(difference)}).");
    }
}
