using AutodiffWarmup.Grading;
using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Running;

namespace Grading.Tests.Autodiff;

/// <summary>Runs one autodiff-warmup check on synthetic values against the real reference (built from the spec's seed).</summary>
internal static class AutodiffChecks
{
    public static readonly Lazy<AutodiffReference> Reference = new(() =>
    {
        var regression = RegressionData.Make(AutodiffSettings.RegressionSamples, AutodiffSettings.RegressionNoise, AutodiffSettings.RegressionBias, seed: 0);
        double[] x = LeastSquaresCubic.Linspace(-Math.PI, Math.PI, AutodiffSettings.PolynomialPoints);
        return AutodiffReference.Build(regression, x, x.Select(Math.Sin).ToArray());
    });

    public static CheckOutcome Evaluate(ICheck check, Dictionary<string, double[]> values, string? key = null, double? tolerance = null, double? relative = null)
    {
        var spec = new CheckSpec { Kind = check.Kind, Points = 8, Key = key, Tolerance = tolerance, RelativeTolerance = relative };
        var section = new SectionSpec { Id = "3", Title = "t", Points = 8, Driver = "none", Contract = "none", Checks = [spec], Questions = [], Rules = [] };
        var assignment = new AssignmentSpec { Id = "autodiff-warmup", Title = "t", Harness = "AutodiffWarmup.Grading", Directory = ".", Sections = [section] };
        var run = new SectionRun { SectionId = "3", Values = values };
        return check.Evaluate(new CheckContext(assignment, section, spec, run, Reference.Value)).Single();
    }
}
