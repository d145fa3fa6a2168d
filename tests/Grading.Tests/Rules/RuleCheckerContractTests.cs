using Grading.Core.Rules;
using NUnit.Framework;

namespace Grading.Tests.Rules;

/// <summary>No section code, no violations: a missing implementation is the engine's to report.</summary>
[TestFixture]
public sealed class RuleCheckerContractTests
{
    private const string Section12WithSolve = """
        using Grading.Contracts;
        using Ps1Autograd;

        namespace Student;

        public sealed class Section12 : ISection12ArrayGradientDescent
        {
            public TrainingRun Train(HousingData data, TrainingOptions options) =>
                new(new double[7], 0.1, new double[options.Epochs], data.X.Solve(data.Y).ToArray());
        }
        """;

    [Test]
    public void Check_ContractImplemented_FindsViolation()
    {
        var violations = new RuleChecker().Check(Submission.Compile(("Section12.cs", Section12WithSolve)), Ps1Rules.Section12Contract, Ps1Rules.Section12);

        Assert.That(violations.Select(violation => violation.Api), Is.EqualTo(new[] { "MathNet.Numerics.LinearAlgebra.*.Solve" }));
    }

    [Test]
    public void Check_NoTypeImplementsContract_ReturnsEmpty()
    {
        var source = Section12WithSolve.Replace(" : ISection12ArrayGradientDescent", "");

        var violations = new RuleChecker().Check(Submission.Compile(("Section12.cs", source)), Ps1Rules.Section12Contract, Ps1Rules.Section12);

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Check_UnknownContract_ReturnsEmpty()
    {
        var violations = new RuleChecker().Check(Submission.Compile(("Section12.cs", Section12WithSolve)), "Ps1Autograd.INoSuchSection", Ps1Rules.Section12);

        Assert.That(violations, Is.Empty);
    }
}
