using Grading.Core.Assignments;
using Grading.Core.Running;
using S = AutodiffWarmup.Grading.AutodiffSettings;

namespace AutodiffWarmup.Grading;

/// <summary>4: both fits on fresh float64 tensors of x = linspace(−π, π, 2000) and y = sin x, then on the hidden variant's
/// curve (another amplitude and phase) over the same x: the hand fit from a hidden start for a hidden number of steps (judged
/// by exact replay), the autograd fit in full (judged by its end).</summary>
public sealed class PolynomialDriver : ISectionDriver
{
    public string Key => "polynomial";

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        var polynomial = (ISection4PolynomialRegression)implementation;
        var session = (AutodiffSession)context.Session;
        var options = new PolynomialOptions(S.PolynomialSteps, S.PolynomialLearningRate, context.Assignment.Seed);
        double[] y = session.PolynomialX.Select(Math.Sin).ToArray();
        return ValueRun.Run(section, context, "fits", values =>
        {
            using (var x = session.Tensor(session.PolynomialX))
            using (var target = session.Tensor(y))
            {
                values.Add("hand.initial", S.PolynomialStart, "FitByHand");
                values.Add("hand.final", polynomial.FitByHand(x, target, (double[])S.PolynomialStart.Clone(), options), "FitByHand");
            }
            using (var x = session.Tensor(session.PolynomialX))
            using (var target = session.Tensor(y))
                values.Add("autograd.final", polynomial.FitWithAutograd(x, target, options), "FitWithAutograd");
            var variant = AutodiffVariant.Make(context.VariantSeed);
            double[] other = variant.PolynomialTarget(session.PolynomialX);
            values.OnVariant(context.VariantSeed, () =>
            {
                using (var x = session.Tensor(session.PolynomialX))
                using (var target = session.Tensor(other))
                {
                    double[] start = variant.PolynomialStart();
                    values.Add("hand.variant.initial", start, "FitByHand on another curve");
                    values.Add("hand.variant.final", polynomial.FitByHand(x, target, (double[])start.Clone(), options with { Steps = variant.PolynomialSteps }),
                        "FitByHand on another curve");
                }
                using (var x = session.Tensor(session.PolynomialX))
                using (var target = session.Tensor(other))
                    values.Add("autograd.final.variant", polynomial.FitWithAutograd(x, target, options), "FitWithAutograd on another curve");
            });
        });
    }
}
