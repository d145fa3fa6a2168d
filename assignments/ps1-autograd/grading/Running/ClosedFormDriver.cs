using Grading.Core.Assignments;
using Grading.Core.Bounds;
using Grading.Core.Running;

namespace Ps1Autograd.Grading.Running;

/// <summary>1.1: calls Solve once and records the weights.</summary>
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
        return call.Value is not { } weights
            ? run with { Outcome = RunOutcome.InvalidResult, Error = $"{section.Id} Solve returned null instead of the weights." }
            : RunBoundary.WithCut(run with { Values = new Dictionary<string, double[]> { [Ps1Values.Weights] = [.. weights.Kept] } },
                weights.Cut("values", Ps1Values.Weights, "the weights", "values"));
    }
}
