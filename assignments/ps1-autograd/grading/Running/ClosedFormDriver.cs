using Grading.Core.Assignments;
using Grading.Core.Bounds;
using Grading.Core.Running;

namespace Ps1Autograd.Grading.Running;

/// <summary>1.1: calls Solve on the data and records the weights, then on the hidden variant of the data (whose seed the
/// submission never sees), so that weights that do not follow the data are told apart from computed ones.</summary>
public sealed class ClosedFormDriver : ISectionDriver
{
    public string Key => "closed-form";

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        var solver = (ISection11ClosedForm)implementation;
        var session = (Ps1Session)context.Session;
        int max = Ps1Bounds.Slack * session.Reference.Dimension;
        // Read lazily: a vector of a hundred million weights is counted, not copied.
        GuardedCall<BoundedList<double>?> Solve(HousingData data, string what) => context.Invoker.Invoke(
            () => solver.Solve(data) is { } vector ? BoundedSequence.Read(vector, max) : null, TimeSpan.FromSeconds(section.TimeLimitSeconds), what);

        var call = Solve(session.FreshData(), $"{section.Id} Solve");
        var run = SectionRun.From(section.Id, call);
        if (!call.Completed) return run;
        if (call.Value is not { } weights)
            return run with { Outcome = RunOutcome.InvalidResult, Error = $"{section.Id} Solve returned null instead of the weights." };
        var values = new Dictionary<string, double[]> { [Ps1Values.Weights] = [.. weights.Kept], [Ps1Values.VariantSeed] = [context.VariantSeed] };
        var variant = Solve(session.FreshData(context.VariantSeed), $"{section.Id} Solve on other data");
        Dictionary<string, string>? notes = null;
        values[SectionRun.VariantDurationKey] = [variant.DurationMs];
        if (variant.Value is { } other) values[Ps1Values.VariantWeights] = [.. other.Kept];
        else notes = new() { [Ps1Values.VariantError] = variant.Error ?? "Solve returned null." };
        return RunBoundary.WithCut(run with { Values = values, Notes = notes }, weights.Cut("values", Ps1Values.Weights, "the weights", "values"));
    }
}
