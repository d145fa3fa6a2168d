using Grading.Core.Assignments;
using Grading.Core.Running;
using S = AutodiffWarmup.Grading.AutodiffSettings;

namespace AutodiffWarmup.Grading;

/// <summary>3: both descents' trajectories, with the start the descent check replays from; then both again from the hidden
/// variant's start towards its target (<c>manual.variant</c>, <c>optimizer.variant</c>).</summary>
public sealed class OptimisationDriver : ISectionDriver
{
    public string Key => "optimisation";

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        var optimisation = (ISection3Optimisation)implementation;
        return ValueRun.Run(section, context, "descents", values =>
        {
            Record(values, "manual", optimisation.ManualDescent(S.OptimisationStart, S.OptimisationTarget, S.OptimisationLearningRate, S.OptimisationSteps), "ManualDescent");
            Record(values, "optimizer", optimisation.OptimizerDescent(S.OptimisationStart, S.OptimisationTarget, S.OptimisationLearningRate, S.OptimisationSteps), "OptimizerDescent");
            var variant = AutodiffVariant.Make(context.VariantSeed);
            values.OnVariant(context.VariantSeed, () =>
            {
                Record(values, "manual.variant", optimisation.ManualDescent(variant.Start, variant.Target, S.OptimisationLearningRate, S.OptimisationSteps),
                    "ManualDescent from a hidden start", variant.Start);
                Record(values, "optimizer.variant", optimisation.OptimizerDescent(variant.Start, variant.Target, S.OptimisationLearningRate, S.OptimisationSteps),
                    "OptimizerDescent from a hidden start", variant.Start);
            });
        });
    }

    private static void Record(ValueCollector values, string key, double[]? trajectory, string call, double start = S.OptimisationStart)
    {
        if (!values.Add($"{key}.trajectory", trajectory, call) || trajectory!.Length == 0) return;
        values.Add($"{key}.initial", [start], call);
        values.Add($"{key}.final", [trajectory[^1]], call);
    }
}
