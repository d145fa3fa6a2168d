using Grading.Core.Exporting.Text;
using Grading.Core.Running;

namespace Grading.Core.Checks;

/// <summary>
/// A named value of the run (<c>key</c>) against an expected value, from the spec (<c>expected</c>) or the
/// session's reference (<c>expected_from</c>), element by element within <c>tolerance</c> + <c>relative_tolerance</c>·|expected|;
/// or against an upper bound (<c>maximum</c>). The outcome carries the compared values for the report.
/// </summary>
public sealed class ValuesCheck : SingleOutcomeCheck
{
    public override string Kind => "values";

    protected override CheckOutcome Judge(CheckContext context)
    {
        var spec = context.Spec;
        string key = spec.Key ?? throw new InvalidOperationException($"A 'values' check of section {context.Section.Id} has no 'key'.");
        double[]? values = context.Run.Values?.GetValueOrDefault(key);
        if (values is null || values.Length == 0) return context.Fail($"no value '{key}' was recorded.", key);
        if (spec.Maximum is { } maximum) return Bounded(context, key, values, maximum);
        double[] expected = Expected(context, key);
        if (values.Length != expected.Length)
            return context.Fail($"'{key}' has {Counted.Of(values.Length, "value")}, expected {expected.Length}.", key);
        var rows = Enumerable.Range(0, values.Length).Select(i =>
        {
            double allowed = Allowed(spec, expected[i]);
            return new ComparedValue(Name(key, i, values.Length), values[i], expected[i], allowed, Math.Abs(values[i] - expected[i]) <= allowed);
        }).ToList();
        var worst = rows.FirstOrDefault(r => !r.Ok);
        if (worst is null && OnVariant(context, key, values) is { } variant) return context.Fail(variant, key) with { Tolerance = spec.Tolerance, Compared = rows };
        var outcome = worst is null
            ? context.Pass($"'{key}' = {List(values)} is within tolerance of {List(expected)} "
                + $"(largest difference {VectorText.Number(rows.Max(r => Math.Abs(r.Submitted!.Value - r.Expected!.Value)))}).", key)
            : context.Fail($"{worst.Name} = {VectorText.Number(worst.Submitted!.Value)}, expected {VectorText.Number(worst.Expected!.Value)}: "
                + $"off by {VectorText.Number(worst.Submitted.Value - worst.Expected.Value)} (tolerance {VectorText.Number(worst.Tolerance!.Value)}).", key);
        return outcome with { Tolerance = spec.Tolerance, Compared = rows };
    }

    private static CheckOutcome Bounded(CheckContext context, string key, double[] values, double maximum)
    {
        var rows = values.Select((v, i) => new ComparedValue(Name(key, i, values.Length), v, maximum, null, v <= maximum)).ToList();
        var worst = rows.FirstOrDefault(r => !r.Ok);
        var outcome = worst is null
            ? context.Pass($"{key} = {List(values)}, at most {VectorText.Number(maximum)}.", key)
            : context.Fail($"{worst.Name} = {VectorText.Number(worst.Submitted!.Value)}, above the limit {VectorText.Number(maximum)}.", key);
        return outcome with { Compared = rows };
    }

    private static double[] Expected(CheckContext context, string key)
    {
        if (context.Spec.Expected is { } written) return written;
        string name = context.Spec.ExpectedFrom ?? key;
        return (context.Reference as IReferenceValues)?.Value(name)
            ?? throw new InvalidOperationException($"The reference of section {context.Section.Id} has no value '{name}' for the 'values' check of '{key}'.");
    }

    /// <summary>
    /// Where the run also answered on the hidden variant (<c>key.variant</c>), that answer against the variant's reference:
    /// the failure in a student's words, or null when it holds (or there is no variant). The variant's expected values are
    /// never shown: the variant must stay unknown.
    /// </summary>
    private static string? OnVariant(CheckContext context, string key, double[] real)
    {
        if (context.Run.VariantSeed is not { } seed || context.Reference is not IVariantReference variants) return null;
        string name = context.Spec.ExpectedFrom ?? key;
        if (variants.ForVariant(seed).Value(name) is not { } expected) return null;
        const string Data = "on other data the grader made (which your code never sees in advance)";
        if (context.Run.Values!.GetValueOrDefault(key + SectionRun.VariantSuffix) is not { } values)
            return context.Run.Notes?.GetValueOrDefault(key + SectionRun.VariantSuffix) is { } why ? $"{Data}, '{key}' could not be computed: {why}" : null;
        if (values.Length != expected.Length) return $"{Data}, '{key}' has {values.Length} values, expected {expected.Length}.";
        int wrong = Enumerable.Range(0, values.Length).FirstOrDefault(i => !(Math.Abs(values[i] - expected[i]) <= Allowed(context.Spec, expected[i])), -1);
        if (wrong < 0) return null;
        bool same = values.Length == real.Length && values.Zip(real, (v, r) => Math.Abs(v - r) <= Allowed(context.Spec, r)).All(ok => ok);
        return same
            ? $"your answer is the same whatever the data: {Data}, '{key}' came back unchanged. Compute it from the data your code is given."
            : $"{Data}, {Name(key, wrong, values.Length)} is off by {VectorText.Number(Math.Abs(values[wrong] - expected[wrong]))} "
                + $"(tolerance {VectorText.Number(Allowed(context.Spec, expected[wrong]))}): compute it from the data your code is given, not for one data set.";
    }

    private static double Allowed(Assignments.CheckSpec spec, double expected) =>
        (spec.Tolerance ?? 0) + (spec.RelativeTolerance ?? 0) * Math.Abs(expected) is var t && t > 0 ? t : 1e-9;

    private static string Name(string key, int index, int count) => count == 1 ? key : $"{key}[{index}]";

    private static string List(IReadOnlyList<double> values) =>
        values.Count == 1 ? VectorText.Number(values[0]) : "[" + string.Join(", ", values.Select(VectorText.Number)) + "]";
}
