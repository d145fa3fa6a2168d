using Grading.Core.Rules;
using NUnit.Framework;

namespace Grading.Tests.Rules;

/// <summary>Parameter patterns and property setters: <c>TorchSharp.*(requires_grad)</c> in 1.3 and 1.4.</summary>
[TestFixture]
public sealed class RuleCheckerRequiresGradTests
{
    private const string RequiresGradPattern = "TorchSharp.*(requires_grad)";

    // 1.3's tensor section with the weights created by `weightsLine`, on line 11 of Section13.cs.
    private static IReadOnlyList<RuleViolation> CheckSection13(string weightsLine) =>
        new RuleChecker().Check(Submission.Compile(("Section13.cs", $$"""
            using Grading.Contracts;
            using Ps1Autograd;
            using TorchSharp;

            namespace Student;

            public sealed class Section13 : ISection13TensorGradientDescent
            {
                public TrainingRun Train(HousingTensors data, TrainingOptions options)
                {
                    {{weightsLine}}
                    var loss = (data.X.matmul(weights.t()).squeeze(1) - data.Y).pow(2).mean();
                    return new(new double[7], 0.1, new[] { loss.item<double>() }, new double[7]);
                }
            }
            """)), Ps1Rules.Section13Contract, Ps1Rules.Section13);

    [TestCase("var weights = torch.randn(1, 7, dtype: torch.float64, requires_grad: true);", "requires_grad: true")]
    [TestCase("var weights = torch.randn(1, 7, torch.float64, null, true);", "requires_grad: true")]
    [TestCase("bool learn = true; var weights = torch.randn(1, 7, requires_grad: learn);", "requires_grad: learn")]
    [TestCase("var weights = torch.randn(1, 7).requires_grad_();", "requires_grad (omitted, defaults to true)")]
    public void Check_RequiresGradNotFalse_IsFlagged(string weightsLine, string expectedArgument)
    {
        var violations = CheckSection13(weightsLine).Where(violation => violation.Api == RequiresGradPattern).ToList();

        Assert.That(violations, Has.Count.EqualTo(1));
        Assert.That(violations[0].Message, Does.Contain($"` with `{expectedArgument}` at Section13.cs(11,"));
    }

    [TestCase("var weights = torch.randn(1, 7, requires_grad: false);")]
    [TestCase("var weights = torch.randn(1, 7, torch.float64, null, false);")]
    [TestCase("var weights = torch.randn(1, 7);")]
    public void Check_RequiresGradFalseOrOmitted_IsNotFlagged(string weightsLine)
    {
        var violations = CheckSection13(weightsLine);

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Check_RequiresGradPropertySetter_MatchesPropertyAndParameterRules()
    {
        var violations = CheckSection13("var weights = torch.randn(1, 7); weights.requires_grad = true;");

        Assert.That(violations.Select(violation => (violation.Api, violation.Column)), Is.EqualTo(new[]
        {
            ("TorchSharp.torch.Tensor.requires_grad", 50),
            (RequiresGradPattern, 50),
        }));
        Assert.That(violations[1].Message, Does.EndWith("Found `torch.Tensor.requires_grad` with `requires_grad = true` at Section13.cs(11,50)."));
    }

    [Test]
    public void Check_RequiresGradPropertySetToFalse_OnlyMatchesPropertyRule()
    {
        var violations = CheckSection13("var weights = torch.randn(1, 7); weights.requires_grad = false;");

        Assert.That(violations.Select(violation => violation.Api), Is.EqualTo(new[] { "TorchSharp.torch.Tensor.requires_grad" }));
    }

    [Test]
    public void Check_BackwardAndNoGradInTensorSection_AreFlagged()
    {
        var violations = CheckSection13("var weights = torch.zeros(1, 7); using (torch.no_grad()) { weights.backward(); torch.autograd.grad(new[] { weights }, new[] { weights }); }");

        Assert.That(violations.Select(violation => violation.Api), Is.EqualTo(new[]
        {
            "TorchSharp.torch.Tensor.backward",
            "TorchSharp.torch.autograd",
        }));
    }
}
