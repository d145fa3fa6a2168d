using Grading.Core.Rules;
using NUnit.Framework;

namespace Grading.Tests.Rules;

/// <summary>Min/max counting and the messages students read, on 1.4 (autograd).</summary>
[TestFixture]
public sealed class RuleCheckerCountingTests
{
    private const string RequiresGradPattern = "TorchSharp.*(requires_grad)";

    // A correct 1.4 in the notebook's shape; `{{weights}}` is line 13 and `{{update}}` line 22.
    private static string Section14Source(
        string weights = "var w = torch.randn(1, 7, dtype: torch.float64, requires_grad: true);",
        string update = "using (torch.no_grad()) { w.sub_(lr * w.grad!); w.grad!.zero_(); }",
        string backward = "loss.backward();") => $$"""
        using Grading.Contracts;
        using Ps1Autograd;
        using TorchSharp;

        namespace Student;

        public sealed class Section14 : ISection14AutogradGradientDescent
        {
            public TrainingRun Train(HousingTensors data, TrainingOptions options)
            {
                const double lr = 0.1;
                torch.manual_seed(options.Seed);
                {{weights}}
                var initial = w.detach().reshape(-1).data<double>().ToArray();
                var losses = new double[options.Epochs];
                for (var epoch = 0; epoch < options.Epochs; epoch++)
                {
                    var prediction = data.X.matmul(w.t()).squeeze(1);
                    var loss = (prediction - data.Y).pow(2).mean();
                    losses[epoch] = loss.item<double>();
                    {{backward}}
                    {{update}}
                }
                return new(initial, lr, losses, w.detach().reshape(-1).data<double>().ToArray());
            }
        }
        """;

    private static IReadOnlyList<RuleViolation> CheckSection14(string source) =>
        new RuleChecker().Check(Submission.Compile(("Section14.cs", source)), Ps1Rules.Section14Contract, Ps1Rules.Section14);

    [Test]
    public void Check_ReferenceSolution_HasNoViolations()
    {
        var violations = CheckSection14(Section14Source());

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Check_BackwardMissing_ReportsRequireNotMetAtSectionDeclaration()
    {
        var violations = CheckSection14(Section14Source(backward: "// no backward"));

        Assert.That(violations, Is.EqualTo(new[]
        {
            new RuleViolation(
                "TorchSharp.torch.Tensor.backward",
                "1.4 computes gradients with autograd: call loss.backward(). No use of TorchSharp.torch.Tensor.backward found.",
                "Section14.cs", 7, 21,
                "public sealed class Section14 : ISection14AutogradGradientDescent"),
        }));
    }

    [Test]
    public void Check_TwoTensorsWithRequiresGrad_ReportsMaxExceededWithLines()
    {
        var violations = CheckSection14(Section14Source(
            weights: "var w = torch.randn(1, 7, dtype: torch.float64, requires_grad: true); var bias = torch.zeros(1, requires_grad: true);"));

        Assert.That(violations, Has.Count.EqualTo(1));
        Assert.That(violations[0].Api, Is.EqualTo(RequiresGradPattern));
        Assert.That(violations[0].Message, Is.EqualTo(
            "1.4 keeps all seven weights in one 1×7 tensor created with requires_grad: true. Found 2 uses (lines 13, 13); at most 1 allowed."));
        Assert.That((violations[0].Line, violations[0].Column), Is.EqualTo((13, 96)));
    }

    [Test]
    public void Check_RequiresGradOnSeparateLinesAndHelper_ListsEveryUse()
    {
        var source = Section14Source(weights: "var w = Weights.Create();\n        var extra = torch.ones(1, requires_grad: true);");
        var helper = "using TorchSharp; namespace Student; internal static class Weights { public static torch.Tensor Create() => torch.zeros(1, 7, requires_grad: true); }";

        var violations = new RuleChecker().Check(
            Submission.Compile(("Section14.cs", source), ("Weights.cs", helper)), Ps1Rules.Section14Contract, Ps1Rules.Section14);

        Assert.That(violations.Select(violation => violation.Message), Is.EqualTo(new[]
        {
            "1.4 keeps all seven weights in one 1×7 tensor created with requires_grad: true. Found 2 uses (Section14.cs line 14, Weights.cs line 1); at most 1 allowed.",
        }));
        Assert.That(violations[0].File, Is.EqualTo("Weights.cs"));
    }

    [Test]
    public void Check_NoRequiresGradAndNoNoGrad_ReportsEachMinimumNotMet()
    {
        var violations = CheckSection14(Section14Source(
            weights: "var w = torch.randn(1, 7, dtype: torch.float64);",
            update: "w = (w - lr * w.grad!).detach();"));

        Assert.That(violations.Select(violation => violation.Message), Is.EqualTo(new[]
        {
            "1.4 keeps all seven weights in one 1×7 tensor created with requires_grad: true. No use of TorchSharp.*(requires_grad) found.",
            "1.4 updates the weights under torch.no_grad(). No use of TorchSharp.torch.no_grad found.",
        }));
        Assert.That(violations.Select(violation => violation.Line), Is.EqualTo(new[] { 7, 7 }));
    }

    [Test]
    public void Check_ForbiddenUse_MessageIncludesFileLineColumnAndCode()
    {
        var violations = CheckSection14(Section14Source(
            update: "using (torch.no_grad()) { w.copy_(torch.linalg.lstsq(data.X, data.Y.unsqueeze(1)).Solution.t()); }"));

        Assert.That(violations.Select(violation => violation.Message), Is.EqualTo(new[]
        {
            "1.4 must find the weights by gradient descent, not with torch.linalg. Found `torch.linalg.lstsq(...)` at Section14.cs(22,60).",
        }));
        Assert.That(violations[0], Has.Property(nameof(RuleViolation.Code))
            .EqualTo("using (torch.no_grad()) { w.copy_(torch.linalg.lstsq(data.X, data.Y.unsqueeze(1)).Solution.t()); }"));
        Assert.That((violations[0].File, violations[0].Line, violations[0].Column), Is.EqualTo(("Section14.cs", 22, 60)));
    }
}
