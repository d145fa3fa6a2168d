using Grading.Core.Assignments;
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
        var call = context.Invoker.Invoke(() => solver.Solve(data)?.ToArray(), TimeSpan.FromSeconds(section.TimeLimitSeconds), $"{section.Id} Solve");
        var run = SectionRun.From(section.Id, call);
        if (!call.Completed) return run;
        return call.Value is null
            ? run with { Outcome = RunOutcome.InvalidResult, Error = $"{section.Id} Solve returned null instead of the weights." }
            : run with { Values = new Dictionary<string, double[]> { [Ps1Values.Weights] = call.Value } };
    }
}
