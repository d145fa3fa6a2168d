using System.Reflection;
using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Running;
using TorchSharp;

namespace AutodiffWarmup.Grading;

/// <summary>autodiff-warmup's harness: what a submission compiles against, its six drivers and its check kinds.</summary>
public sealed class AutodiffHarness : IAssignmentHarness
{
    public IReadOnlyList<Assembly> SubmissionReferences { get; } =
    [
        typeof(ISection1Gradients).Assembly,
        typeof(torch).Assembly,
    ];

    public IReadOnlyList<ISectionDriver> Drivers { get; } =
    [
        new GradientsDriver(),
        new AccumulationDriver(),
        new OptimisationDriver(),
        new PolynomialDriver(),
        new LinearRegressionDriver(),
        new MlpDriver(),
    ];

    public IReadOnlyList<ICheck> Checks { get; } =
    [
        new GradientCheck(),
        new AccumulationCheck(),
        new DescentCheck(),
        new MlpArchitectureCheck(),
        new MlpFitCheck(),
    ];

    public IAssignmentSession Open(AssignmentSpec spec, GradingOptions options) => AutodiffSession.Open(spec, options);
}
