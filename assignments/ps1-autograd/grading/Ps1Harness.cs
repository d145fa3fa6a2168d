using System.Reflection;
using Grading.Contracts;
using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Figures;
using Grading.Core.Running;
using Ps1Autograd.Grading.Figures;
using Ps1Autograd.Grading.Checks;
using Ps1Autograd.Grading.Running;
using Ps1Autograd.Grading.Spec;
using MathNet.Numerics.LinearAlgebra;
using TorchSharp;

namespace Ps1Autograd.Grading;

/// <summary>PS1's harness: what a submission compiles against, the drivers for its five sections, its check kinds,
/// its blocks of assignment.yml (<c>data</c>, <c>training</c>) and its report figures.</summary>
public sealed class Ps1Harness : IAssignmentHarness
{
    public IReadOnlyList<Assembly> SubmissionReferences { get; } =
    [
        typeof(ISection11ClosedForm).Assembly,
        typeof(IWrittenAnswers).Assembly,
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

    public IReadOnlyList<ICheck> Checks { get; } =
    [
        new WeightsCheck(),
        new EpochsCheck(),
        new LossHistoryCheck(),
        new GradientStepCheck(),
        new LearningRateCheck(),
        new PrintedLogCheck(),
    ];

    public IReadOnlyList<ISpecBlockParser> SpecBlocks => Ps1Blocks.Parsers;

    public ISectionFigures Figures { get; } = new Ps1Figures();

    public IAssignmentSession Open(AssignmentSpec spec, GradingOptions options) => Ps1Session.Open(spec, options);
}
