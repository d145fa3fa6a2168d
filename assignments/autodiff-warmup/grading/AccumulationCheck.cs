using Grading.Core.Checks;
using Grading.Core.Running;

namespace AutodiffWarmup.Grading;

/// <summary>
/// Section 2's three gradients [one pass, two passes, zeroed + one pass] against [g, 2g, g], with the
/// mistake named: no accumulation where there should be, or accumulation that was never cleared.
/// </summary>
public sealed class AccumulationCheck : ICheck
{
    public string Kind => "accumulation";

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        const string key = "accumulation";
        double[] expected = context.ReferenceAs<AutodiffReference>().Value(key)!;
        double g = expected[0];
        double[]? got = context.Run.Values?.GetValueOrDefault(key);
        if (got is null || got.Length != 3)
            return [context.Fail($"expected three gradients (after one pass, after two, after zero_ and one), got {got?.Length ?? 0}.", key)];
        double tolerance = (context.Spec.Tolerance ?? 0) + (context.Spec.RelativeTolerance ?? 1e-5) * Math.Abs(g);
        string[] names = ["after one backward", "after two backward", "after zero_ + backward"];
        var rows = got.Select((v, i) => new ComparedValue(names[i], v, expected[i], tolerance, Math.Abs(v - expected[i]) <= tolerance)).ToList();
        string? problem = !rows[0].Ok ? $"the first gradient is {Numbers.Format(got[0])}, expected {Numbers.Format(g)}: " + GradientDiagnosis.Explain(got[0], g)
            : !rows[1].Ok && Numbers.IsMultiple(got[1], g, 1)
                ? $"after the second backward pass x.grad is still {Numbers.Format(got[1])}: autograd adds each pass's gradient to x.grad, so it should be 2 × {Numbers.Format(g)} = {Numbers.Format(2 * g)}. Run both passes on the same x without clearing or recreating it."
            : !rows[1].Ok ? $"after the second backward pass x.grad is {Numbers.Format(got[1])}, expected {Numbers.Format(2 * g)} (twice the first)."
            : !rows[2].Ok && (Numbers.IsMultiple(got[2], g, 3) || Numbers.IsMultiple(got[2], g, 2))
                ? $"the gradient doubled: after a third pass x.grad is {Numbers.Format(got[2])}, not {Numbers.Format(g)}. Call x.grad.zero_() between backward passes."
            : !rows[2].Ok ? $"after zero_ and one more pass x.grad is {Numbers.Format(got[2])}, expected {Numbers.Format(g)}."
            : null;
        var outcome = problem is null
            ? context.Pass($"one pass gives {Numbers.Format(g)}, two give twice that, and zero_ restores it.", key)
            : context.Fail(problem, key);
        if (outcome.Passed && OnVariant(context, got) is { } variant) outcome = context.Fail(variant, key);
        return [outcome with { Tolerance = tolerance, Compared = rows }];
    }

    /// <summary>The three gradients at the hidden variant's x, where the run computed them: what is wrong in a student's words, or null.</summary>
    private static string? OnVariant(CheckContext context, double[] real)
    {
        if (context.Run.VariantSeed is not { } seed || context.Run.Values!.GetValueOrDefault("accumulation" + SectionRun.VariantSuffix) is not { } got) return null;
        double[] expected = context.ReferenceAs<AutodiffReference>().Variant(seed).Value("accumulation")!;
        double tolerance = (context.Spec.Tolerance ?? 0) + (context.Spec.RelativeTolerance ?? 1e-5) * Math.Abs(expected[0]);
        const string Where = "at an x the grader chose, which your code never sees in advance";
        if (got.Length != 3) return $"{Where}, expected three gradients, got {got.Length}.";
        if (got.Zip(expected, (a, b) => Math.Abs(a - b) <= tolerance).All(ok => ok)) return null;
        return got.SequenceEqual(real)
            ? $"your gradients are the same whatever x is: {Where}, they came back unchanged. Compute them with backward() at the x you are given."
            : $"{Where}, the three gradients are not one pass, twice that, and one pass again: compute them with backward() at the x you are given.";
    }
}
