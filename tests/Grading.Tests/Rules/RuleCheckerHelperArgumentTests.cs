using Grading.Core.Rules;
using NUnit.Framework;

namespace Grading.Tests.Rules;

/// <summary>
/// Constants flowing into a helper's parameter decide a parameter rule per call site; a value only known at
/// run time gives a note that costs nothing (<see cref="RuleViolation.CouldNotTell"/>).
/// </summary>
[TestFixture]
public sealed class RuleCheckerHelperArgumentTests
{
    private const string RequiresGradPattern = "TorchSharp.*(requires_grad)";

    // 1.3 and 1.4 in their own classes, both making their weights through the helper in Helpers.cs.
    private static (IReadOnlyList<RuleViolation> Section13, IReadOnlyList<RuleViolation> Section14) Check(
        string call13, string call14, string helpers)
    {
        var sections = $$"""
            using Grading.Contracts;
            using Ps1Autograd;
            using TorchSharp;
            using static TorchSharp.torch;

            namespace Student;

            public sealed class Section13 : ISection13TensorGradientDescent
            {
                public TrainingRun Train(HousingTensors data, TrainingOptions options)
                {
                    var w = {{call13}};
                    w.sub_((data.X.matmul(w.t()).squeeze(1) - data.Y).mean() * 0.1);
                    return new(new double[7], 0.1, new double[1], new double[7]);
                }
            }

            public sealed class Section14 : ISection14AutogradGradientDescent
            {
                public TrainingRun Train(HousingTensors data, TrainingOptions options)
                {
                    var w = {{call14}};
                    var loss = (data.X.matmul(w.t()).squeeze(1) - data.Y).pow(2).mean();
                    loss.backward();
                    using (no_grad()) { w.sub_(w.grad! * 0.1); }
                    return new(new double[7], 0.1, new double[1], new double[7]);
                }
            }
            """;
        var compilation = Submission.Compile(("Sections.cs", sections), ("Helpers.cs", helpers));
        return (new RuleChecker().Check(compilation, Ps1Rules.Section13Contract, Ps1Rules.Section13),
                new RuleChecker().Check(compilation, Ps1Rules.Section14Contract, Ps1Rules.Section14));
    }

    private const string MakeWeights = """
        using TorchSharp;
        namespace Student;
        internal static class Helpers
        {
            public static torch.Tensor MakeWeights(bool requiresGrad) => torch.zeros(1, 7, requires_grad: requiresGrad);
            public static torch.Tensor Weights(bool learn = false) => MakeWeights(learn);
            public static torch.Tensor Seeded(int seed, bool learn) { torch.manual_seed(seed); return Weights(learn: learn); }
        }
        """;

    [TestCase("Helpers.MakeWeights(false)", "Helpers.MakeWeights(true)")]
    [TestCase("Helpers.MakeWeights(requiresGrad: false)", "Helpers.MakeWeights(requiresGrad: true)")]
    [TestCase("Helpers.Weights()", "Helpers.Weights(learn: true)")]
    [TestCase("Helpers.Seeded(options.Seed, false)", "Helpers.Seeded(options.Seed, learn: true)")]
    public void Check_HelperGivenFalseFrom13AndTrueFrom14_BothFollowTheirRules(string call13, string call14)
    {
        var (section13, section14) = Check(call13, call14, MakeWeights);

        Assert.That(section13, Is.Empty);
        Assert.That(section14, Is.Empty);
    }

    [Test]
    public void Check_HelperGivenTrueFrom13_FlagsTheHelperSayingWhichCallPassedTrue()
    {
        var (section13, _) = Check("Helpers.Seeded(options.Seed, true)", "Helpers.MakeWeights(true)", MakeWeights);

        var violation = section13.Single(v => v.Api == RequiresGradPattern);
        Assert.That(violation.CouldNotTell, Is.False);
        Assert.That((violation.File, violation.Line), Is.EqualTo(("Helpers.cs", 5)));
        Assert.That(violation.Message, Does.Contain("`requiresGrad` is true when called at Helpers.cs line 6"));
    }

    [Test]
    public void Check_RequiresGradFromRuntimeValue_IsANoteThatCouldNotTell()
    {
        // Whether the weights learn depends on the options: the grader cannot tell before the code runs.
        var (section13, section14) = Check("Helpers.MakeWeights(options.Epochs > 10_000)", "Helpers.MakeWeights(options.Epochs > 0)", MakeWeights);

        Assert.That(section13.Select(v => (v.Api, v.CouldNotTell)), Is.EqualTo(new[] { (RequiresGradPattern, true) }));
        Assert.That(section13[0].Message, Does.Contain("Could not tell whether `torch.zeros(...)` at Helpers.cs(5,")
            .And.Contain("`options.Epochs > 10_000` is only known when the code runs. Not deducted"));
        Assert.That(section14.Select(v => (v.Api, v.CouldNotTell)), Is.EqualTo(new[] { (RequiresGradPattern, true) }));
    }

    [Test]
    public void Check_FloodOfHelperCallsBeforeTheFlag_StillFlagsAsRuntimeValue()
    {
        // Eight levels of helpers, each calling the next eight times, are more call chains than the trace follows.
        // A value passed through a parameter it then cannot follow counts against the rule, not as "could not tell".
        var levels = string.Join("\n", Enumerable.Range(0, 8).Select(level =>
            $"public static void L{level}() {{ {string.Concat(Enumerable.Repeat($"L{level + 1}(); ", 8))}}}"));
        var helpers = $$"""
            using TorchSharp;
            namespace Student;
            internal static class Helpers
            {
                public static torch.Tensor MakeWeights(bool requiresGrad) { L0(); return Make(requiresGrad); }
                private static torch.Tensor Make(bool learn) => torch.zeros(1, 7, requires_grad: learn);
                {{levels}}
                public static void L8() { }
            }
            """;

        var (section13, _) = Check("Helpers.MakeWeights(true)", "Helpers.MakeWeights(true)", helpers);

        Assert.That(section13.Where(v => v.Api == RequiresGradPattern).Select(v => v.CouldNotTell), Is.EqualTo(new[] { false }));
    }
}
