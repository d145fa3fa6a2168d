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
        var data = ((Ps1Session)context.Session).FreshData();
        int max = Ps1Bounds.Slack * ((Ps1Session)context.Session).Reference.Dimension;
        // Read lazily: a vector of a hundred million weights is counted, not copied.
        var call = context.Invoker.Invoke(() => solver.Solve(data) is { } vector ? BoundedSequence.Read(vector, max) : null,
            TimeSpan.FromSeconds(section.TimeLimitSeconds), $"{section.Id} Solve");
        var run = SectionRun.From(section.Id, call);
        if (!call.Completed) return run;
        if (call.Value is not { } weights)
            return run with { Outcome = RunOutcome.InvalidResult, Error = $"{section.Id} Solve returned null instead of the weights." };
        var values = new Dictionary<string, double[]> { [Ps1Values.Weights] = [.. weights.Kept], [Ps1Values.VariantSeed] = [context.VariantSeed] };
        var variantData = ((Ps1Session)context.Session).VariantData(context.VariantSeed);
        var variant = context.Invoker.Invoke(() => solver.Solve(variantData) is { } vector ? BoundedSequence.Read(vector, max) : null,
            TimeSpan.FromSeconds(section.TimeLimitSeconds), $"{section.Id} Solve on other data");
        Dictionary<string, string>? notes = null;
        if (variant.Value is { } other) values[Ps1Values.VariantWeights] = [.. other.Kept];
        else notes = new() { [Ps1Values.VariantError] = variant.Error ?? "Solve returned null." };
        return RunBoundary.WithCut(run with { Values = values, Notes = notes }, weights.Cut("values", Ps1Values.Weights, "the weights", "values"));
    }
}
