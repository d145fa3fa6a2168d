using Grading.Core.Assignments;
using Grading.Core.Running;
using S = AutodiffWarmup.Grading.AutodiffSettings;

namespace AutodiffWarmup.Grading;

/// <summary>4: both fits on fresh float64 tensors of x = linspace(−π, π, 2000) and y = sin x, then on the hidden variant's
/// curve (another amplitude and phase) over the same x.</summary>
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
            double[] other = AutodiffVariant.Make(context.VariantSeed).PolynomialTarget(session.PolynomialX);
            values.OnVariant(context.VariantSeed, () =>
            {
                using (var x = session.Tensor(session.PolynomialX))
                using (var target = session.Tensor(other))
                {
                    values.Add("hand.variant.initial", S.PolynomialStart, "FitByHand on another curve");
                    if (values.Add("hand.variant.final", polynomial.FitByHand(x, target, (double[])S.PolynomialStart.Clone(), options), "FitByHand on another curve"))
                        values.Add("hand.final.variant", values.Values["hand.variant.final"], "FitByHand on another curve");
                }
                using (var x = session.Tensor(session.PolynomialX))
                using (var target = session.Tensor(other))
                    values.Add("autograd.final.variant", polynomial.FitWithAutograd(x, target, options), "FitWithAutograd on another curve");
            });
        });
    }
}
