using Grading.Core.Assignments;
using Grading.Core.Running;

namespace AutodiffWarmup.Grading;

/// <summary>2: the three gradients (one pass, two passes, zeroed then one pass) at x = 1.234, and at the hidden variant's x.</summary>
public sealed class AccumulationDriver : ISectionDriver
{
    public string Key => "accumulation";

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        var accumulation = (ISection2Accumulation)implementation;
        return ValueRun.Run(section, context, "AccumulatedGradients", values =>
        {
            values.Add("accumulation", accumulation.AccumulatedGradients(AutodiffSettings.SinX), "AccumulatedGradients(1.234)");
            double x = AutodiffVariant.Make(context.VariantSeed).SinX;
            values.OnVariant(context.VariantSeed, () =>
                values.Add("accumulation.variant", accumulation.AccumulatedGradients(x), "AccumulatedGradients at a hidden point"));
        });
    }
}
