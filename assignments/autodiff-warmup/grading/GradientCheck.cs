using Grading.Core.Checks;

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
            return [context.Fail($"'{key}' has {got.Length} number{(got.Length == 1 ? "" : "s")}, expected {expected.Length}.", key)];
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
        return [outcome with { Tolerance = context.Spec.Tolerance, Compared = rows }];
    }
}
