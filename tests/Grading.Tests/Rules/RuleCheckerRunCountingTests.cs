using Grading.Core.Rules;
using NUnit.Framework;

namespace Grading.Tests.Rules;

/// <summary>1.4's "one requires_grad tensor" counts what runs: helpers per call site, loops, LINQ.</summary>
[TestFixture]
public sealed class RuleCheckerRunCountingTests
{
    private const string RequiresGradPattern = "TorchSharp.*(requires_grad)";

    // A 1.4 whose weights come from `{{weights}}` (line 13, a list of tensors); `{{members}}` are more members of the class.
    private static IReadOnlyList<RuleViolation> Check(string weights, string members = "", string? helpers = null)
    {
        var source = $$"""
            using System.Linq; using System.Collections.Generic;
            using Grading.Contracts;
            using Ps1Autograd;
            using TorchSharp;
            using static TorchSharp.torch;

            namespace Student;

            public sealed class Section14 : ISection14AutogradGradientDescent
            {
                public TrainingRun Train(HousingTensors data, TrainingOptions options)
                {
                    {{weights}}
                    var prediction = data.X.matmul(cat(w.ToArray()).unsqueeze(1)).squeeze(1);
                    var loss = (prediction - data.Y).pow(2).mean();
                    loss.backward();
                    using (no_grad()) { foreach (var b in w) b.sub_(b.grad! * 0.1); }
                    return new(new double[7], 0.1, new double[1], new double[7]);
                }
            {{members}}
            }
            """;
        var files = helpers is null ? new[] { ("Section14.cs", source) } : new[] { ("Section14.cs", source), ("Helpers.cs", helpers) };
        return new RuleChecker().Check(Submission.Compile(files), Ps1Rules.Section14Contract, Ps1Rules.Section14)
            .Where(violation => violation.Api == RequiresGradPattern).ToList();
    }

    [Test]
    public void Check_HelperInOtherFileCalledSevenTimes_CountsSevenAndNamesTheCalls()
    {
        var weights = "var w = new List<Tensor> { Helpers.MakeWeight(), Helpers.MakeWeight(), Helpers.MakeWeight(),\n" +
                      "Helpers.MakeWeight(), Helpers.MakeWeight(),\nHelpers.MakeWeight(),\nHelpers.MakeWeight() };";
        var helpers = """
            using TorchSharp;
            namespace Student;
            internal static class Helpers
            {
                public static torch.Tensor MakeWeight() => torch.randn(1, dtype: torch.float64, requires_grad: true);
            }
            """;

        var violations = Check(weights, helpers: helpers);

        Assert.That(violations, Has.Count.EqualTo(1));
        Assert.That(violations[0].Message, Is.EqualTo(
            "1.4 keeps all seven weights in one 1×7 tensor created with requires_grad: true. Found 7 when the code runs (at most 1 allowed): " +
            "`torch.randn(...)` with `requires_grad: true` in MakeWeight (Helpers.cs line 5) runs 7 times: called at Section14.cs lines 13–16."));
        Assert.That((violations[0].File, violations[0].Line, violations[0].CouldNotTell), Is.EqualTo(("Helpers.cs", 5, false)));
    }

    [TestCase("var w = new List<Tensor>(); for (var j = 0; j < 7; j++) w.Add(randn(1, dtype: float64, requires_grad: true));", "runs 7 times: inside a loop at Section14.cs line 13")]
    [TestCase("var w = new List<Tensor>(); for (var j = 0; j < options.Seed; j++) w.Add(randn(1, requires_grad: true));", "runs more than once: inside a loop at Section14.cs line 13")]
    [TestCase("var w = new List<Tensor>(); while (w.Count < 7) w.Add(randn(1, requires_grad: true));", "runs more than once: inside a loop at Section14.cs line 13")]
    [TestCase("var w = Enumerable.Range(0, 7).Select(_ => randn(1, requires_grad: true)).ToList();", "runs 7 times: inside a loop at Section14.cs line 13")]
    [TestCase("var w = Enumerable.Range(0, 7).Select(_ => One()).ToList();", "in One (Section14.cs line 20) runs 7 times: inside a loop at Section14.cs line 13")]
    [TestCase("Tensor Make() => randn(1, requires_grad: true); var w = new[] { Make(), Make(), Make(), Make(), Make(), Make(), Make() };", "in Make (Section14.cs line 13) runs 7 times: called at Section14.cs line 13")]
    [TestCase("var w = Enumerable.Range(0, 7).Select(OneAt).ToList();", "in One (Section14.cs line 20) runs 7 times: inside a loop at Section14.cs line 13")]
    [TestCase("var w = Enumerable.Range(0, 7).Select(Section14.OneAt).ToList();", "in One (Section14.cs line 20) runs 7 times: inside a loop at Section14.cs line 13")]
    public void Check_RequiresGradRepeatedByLoopOrLocalFunction_IsOverTheLimit(string weights, string expected)
    {
        var violations = Check(weights, members: "    private static Tensor One() => randn(1, requires_grad: true); private static Tensor OneAt(int j) => One();");

        Assert.That(violations, Has.Count.EqualTo(1));
        Assert.That(violations[0].Message, Does.Contain(expected));
    }

    [TestCase("var w = new List<Tensor> { randn(1, 7, requires_grad: true) };")]
    [TestCase("var w = new List<Tensor>(); for (var j = 0; j < 1; j++) w.Add(randn(1, 7, requires_grad: true));")]
    [TestCase("var w = new List<Tensor> { One() };")]
    public void Check_OneRequiresGradTensorRunningOnce_IsWithinTheLimit(string weights)
    {
        var violations = Check(weights, members: "    private static Tensor One() => randn(1, 7, requires_grad: true);");

        Assert.That(violations, Is.Empty);
    }
}
