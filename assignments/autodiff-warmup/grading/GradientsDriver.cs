using Grading.Core.Assignments;
using Grading.Core.Running;
using S = AutodiffWarmup.Grading.AutodiffSettings;

namespace AutodiffWarmup.Grading;

/// <summary>1: the lecture's points, one more each, and one each the submission cannot know (the hidden variant's), so hard-coded answers cannot pass.</summary>
public sealed class GradientsDriver : ISectionDriver
{
    public string Key => "gradients";

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        var gradients = (ISection1Gradients)implementation;
        return ValueRun.Run(section, context, "gradients", values =>
        {
            values.Add("cubic.grad", gradients.CubicGradient(S.CubicA, S.CubicB), "CubicGradient(5, 6)");
            values.Add("cubic.grad.other", gradients.CubicGradient(S.OtherCubicA, S.OtherCubicB), "CubicGradient(-1.5, 2.25)");
            values.Add("sin.grad", [gradients.SinSquareGradient(S.SinX)], "SinSquareGradient(1.234)");
            values.Add("sin.grad.other", [gradients.SinSquareGradient(S.OtherSinX)], "SinSquareGradient(-0.7)");
            var variant = AutodiffVariant.Make(context.VariantSeed);
            values.OnVariant(context.VariantSeed, () =>
            {
                values.Add("cubic.grad.variant", gradients.CubicGradient(variant.CubicA, variant.CubicB), "CubicGradient at a hidden point");
                values.Add("sin.grad.variant", [gradients.SinSquareGradient(variant.SinX)], "SinSquareGradient at a hidden point");
            });
        });
    }
}
