using Grading.Core.Assignments;
using Grading.Core.Rules;
using NUnit.Framework;

namespace Grading.Tests.Rules;

/// <summary>A rule's <c>except</c> patterns carve uses out of its pattern.</summary>
[TestFixture]
public sealed class RuleCheckerExceptTests
{
    [Test]
    public void Check_UseMatchingAnException_DoesNotCount()
    {
        var source = """
            using Grading.Contracts;
            using Ps1Autograd;

            namespace Student;

            public sealed class Section12 : ISection12ArrayGradientDescent
            {
                public TrainingRun Train(HousingData data, TrainingOptions options)
                {
                    TorchSharp.torch.manual_seed(options.Seed);
                    var w = TorchSharp.torch.zeros(7);
                    return new TrainingRun(new double[7], 0.1, new double[options.Epochs], new double[7]);
                }
            }
            """;
        var rule = new RuleSpec { Api = "TorchSharp", Max = 0, Message = "No tensors.", Except = ["TorchSharp.torch.manual_seed"] };

        var violations = new RuleChecker().Check(Submission.Compile(("Section12.cs", source)), Ps1Rules.Section12Contract, [rule]);

        Assert.That(violations.Select(violation => (violation.Line, violation.Code)), Is.EqualTo(new[] { (11, "var w = TorchSharp.torch.zeros(7);") }));
    }
}
