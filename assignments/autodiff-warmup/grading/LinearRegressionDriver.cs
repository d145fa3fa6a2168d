using Grading.Core.Assignments;
using Grading.Core.Running;
using S = AutodiffWarmup.Grading.AutodiffSettings;

namespace AutodiffWarmup.Grading;

/// <summary>5: one fit on the make_regression-like data (its start, end and losses), and one on the hidden variant's data.</summary>
public sealed class LinearRegressionDriver : ISectionDriver
{
    public string Key => "linear-regression";

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        var regression = (ISection5LinearRegression)implementation;
        var session = (AutodiffSession)context.Session;
        var options = new LinearOptions(S.RegressionSteps, S.RegressionLearningRate, context.Assignment.Seed);
        return ValueRun.Run(section, context, "Fit", values =>
        {
            using var x = session.Tensor(session.Regression.X, column: true);
            using var y = session.Tensor(session.Regression.Y);
            var fit = regression.Fit(x, y, options);
            if (fit is null)
            {
                values.Add("linear.final", null, "Fit");
                return;
            }
            values.Add("linear.initial", [fit.InitialWeight, fit.InitialBias], "Fit");
            values.Add("linear.final", [fit.Weight, fit.Bias], "Fit");
            values.Add("linear.losses", fit.Losses, "Fit (Losses)");
            var variant = AutodiffVariant.Make(context.VariantSeed);
            var data = variant.Regression();
            values.OnVariant(context.VariantSeed, () =>
            {
                using var vx = session.Tensor(data.X, column: true);
                using var vy = session.Tensor(data.Y);
                var other = regression.Fit(vx, vy, options with { Seed = variant.RegressionSeed, Steps = variant.RegressionSteps });
                if (other is null)
                {
                    values.Add("linear.variant.final", null, "Fit on other data");
                    return;
                }
                values.Add("linear.variant.initial", [other.InitialWeight, other.InitialBias], "Fit on other data");
                values.Add("linear.variant.final", [other.Weight, other.Bias], "Fit on other data");
                values.Add("linear.final.variant", [other.Weight, other.Bias], "Fit on other data");
            });
        });
    }
}
