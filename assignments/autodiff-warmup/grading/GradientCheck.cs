using Grading.Core.Exporting.Text;
using Grading.Core.Checks;
using Grading.Core.Running;

namespace AutodiffWarmup.Grading;

/// <summary>
/// A gradient (<c>key</c>) against the analytic one (<c>expected_from</c>, else the key) within <c>tolerance</c> +
/// <c>relative_tolerance</c>·|expected|, naming the mistake when it is off (sign, doubled, zero, halved).
/// </summary>
public sealed class GradientCheck : ICheck
{
    public string Kind => "gradient";

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        string key = context.Spec.Key ?? throw new InvalidOperationException($"A 'gradient' check of section {context.Section.Id} has no 'key'.");
        double[] expected = context.ReferenceAs<AutodiffReference>().Value(context.Spec.ExpectedFrom ?? key)
            ?? throw new InvalidOperationException($"The reference has no value '{context.Spec.ExpectedFrom ?? key}'.");
        double[]? got = context.Run.Values?.GetValueOrDefault(key);
        if (got is null) return [context.Fail($"no value '{key}' was recorded.", key)];
        if (got.Length != expected.Length)
            return [context.Fail($"'{key}' has {Counted.Of(got.Length, "number")}, expected {expected.Length}.", key)];
        var rows = got.Select((g, i) =>
        {
            double allowed = (context.Spec.Tolerance ?? 0) + (context.Spec.RelativeTolerance ?? 0) * Math.Abs(expected[i]);
            return new ComparedValue(got.Length == 1 ? key : $"{key}[{i}]", g, expected[i], allowed, Math.Abs(g - expected[i]) <= allowed);
        }).ToList();
        int wrong = rows.FindIndex(r => !r.Ok);
        var outcome = wrong < 0
            ? context.Pass($"{key} = {Numbers.List(got)} matches the analytic {Numbers.List(expected)}.", key)
            : context.Fail($"{rows[wrong].Name} = {Numbers.Format(got[wrong])}, but the analytic derivative is {Numbers.Format(expected[wrong])}: "
                + GradientDiagnosis.Explain(got[wrong], expected[wrong]), key);
        if (outcome.Passed && OnVariant(context, key, got) is { } variant) return [context.Fail(variant, key) with { Tolerance = context.Spec.Tolerance, Compared = rows }];
        return [outcome with { Tolerance = context.Spec.Tolerance, Compared = rows }];
    }

    /// <summary>The same gradient at the hidden variant's point (<c>key.variant</c>), where the run computed one: what is wrong
    /// with it in a student's words, or null. The variant's expected values are never shown.</summary>
    private static string? OnVariant(CheckContext context, string key, double[] real)
    {
        if (context.Run.VariantSeed is not { } seed || context.Run.Values!.GetValueOrDefault(key + SectionRun.VariantSuffix) is not { } got) return null;
        double[]? expected = context.ReferenceAs<AutodiffReference>().Variant(seed).Value(context.Spec.ExpectedFrom ?? key);
        if (expected is null) return null;
        const string Where = "at a point the grader chose, which your code never sees in advance";
        if (got.Length != expected.Length) return $"{Where}, '{key}' has {got.Length} numbers, expected {expected.Length}.";
        double Allowed(double e) => (context.Spec.Tolerance ?? 0) + (context.Spec.RelativeTolerance ?? 0) * Math.Abs(e);
        int wrong = Enumerable.Range(0, got.Length).FirstOrDefault(i => !(Math.Abs(got[i] - expected[i]) <= Allowed(expected[i])), -1);
        if (wrong < 0) return null;
        if (got.SequenceEqual(real))
            return $"your gradient is the same whatever the point: {Where}, '{key}' came back unchanged. Compute it with autograd at the point you are given.";
        return $"{Where}, '{key}' is off by {Numbers.Format(Math.Abs(got[wrong] - expected[wrong]))} (tolerance {Numbers.Format(Allowed(expected[wrong]))}): "
            + "compute the gradient with autograd at the point you are given, not for one point.";
    }
}
