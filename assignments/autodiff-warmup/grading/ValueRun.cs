using Grading.Core.Assignments;
using Grading.Core.Bounds;
using Grading.Core.Running;
using TorchSharp;

namespace AutodiffWarmup.Grading;

/// <summary>Runs a section's calls as one guarded, timed call (torch seeded first) and keeps the values they produced.</summary>
internal static class ValueRun
{
    public static SectionRun Run(SectionSpec section, SectionContext context, string what, Action<ValueCollector> collect)
    {
        int seed = context.Assignment.Seed;
        var call = context.Invoker.Invoke(() =>
        {
            torch.manual_seed(seed);
            var collector = new ValueCollector();
            collect(collector);
            return collector;
        }, TimeSpan.FromSeconds(section.TimeLimitSeconds), $"{section.Id} {what}");
        var run = SectionRun.From(section.Id, call) with { Device = section.UsesTensors ? context.Device : null };
        if (!call.Completed || call.Value is not { } collected) return run;
        run = collected.Cuts.Aggregate(run, RunBoundary.WithCut);
        if (collected.VariantMs > 0)
        {
            // The section's own time is its real calls'; the variant's are reported apart (SectionRun.VariantDurationKey).
            collected.Values[SectionRun.VariantDurationKey] = [collected.VariantMs];
            run = run with { DurationMs = Math.Max(0, run.DurationMs - collected.VariantMs) };
        }
        return collected.Problem is { } problem
            ? run with { Outcome = RunOutcome.InvalidResult, Error = $"{section.Id}: {problem}", Values = collected.Values }
            : run with { Values = collected.Values };
    }
}
