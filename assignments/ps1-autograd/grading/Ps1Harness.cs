using System.Reflection;
using Grading.Contracts;
using Grading.Core.Assignments;
using Grading.Core.Running;
using MathNet.Numerics.LinearAlgebra;
using TorchSharp;

namespace Ps1Autograd.Grading;

/// <summary>PS1's harness: what a submission compiles against, and the drivers for its five sections.</summary>
public sealed class Ps1Harness : IAssignmentHarness
{
    public IReadOnlyList<Assembly> SubmissionReferences { get; } =
    [
        typeof(ISection11ClosedForm).Assembly,
        typeof(TrainingRun).Assembly,
        typeof(Matrix<double>).Assembly,
        typeof(torch).Assembly,
    ];

    public IReadOnlyList<ISectionDriver> Drivers { get; } =
    [
        new ClosedFormDriver(),
        new ArrayGradientDescentDriver(),
        new TensorGradientDescentDriver(),
        new AutogradGradientDescentDriver(),
        new WrittenAnswersDriver(),
    ];

    public IAssignmentSession Open(AssignmentSpec spec, GradingOptions options) => Ps1Session.Open(spec, options);
}
