using Grading.Core.Rules;
using NUnit.Framework;

namespace Grading.Tests.Rules;

/// <summary>
/// A section's rules see the code that runs for it: the members implementing its contract and what they
/// call, not the rest of a class that may hold another section too.
/// </summary>
[TestFixture]
public sealed class RuleCheckerSectionMembersTests
{
    // 1.3 implicitly, 1.4 explicitly, in one class; the shared helper makes plain tensors.
    private const string OneClassTwoSections = """
        using Grading.Contracts;
        using Ps1Autograd;
        using TorchSharp;
        using static TorchSharp.torch;

        namespace Student;

        public sealed class TensorSections : ISection13TensorGradientDescent, ISection14AutogradGradientDescent
        {
            public TrainingRun Train(HousingTensors data, TrainingOptions options)
            {
                var w = Start(options);
                var grad = (data.X.matmul(w.t()).squeeze(1) - data.Y).unsqueeze(1).mul(data.X).mean(new long[] { 0 }) * 2;
                w.sub_(grad * 0.1);
                return Result(w);
            }

            TrainingRun ISection14AutogradGradientDescent.Train(HousingTensors data, TrainingOptions options)
            {
                var w = Start(options).requires_grad_();
                var loss = (data.X.matmul(w.t()).squeeze(1) - data.Y).pow(2).mean();
                loss.backward();
                using (no_grad()) { w.sub_(w.grad! * 0.1); }
                return Result(w);
            }

            private static Tensor Start(TrainingOptions options)
            {
                manual_seed(options.Seed);
                return randn(1, 7, dtype: float64);
            }

            private static TrainingRun Result(Tensor w) => new(new double[7], 0.1, new double[1], new double[7]);
        }
        """;

    [Test]
    public void Check_ClassImplementingTwoSections_ChargesEachOnlyWithItsOwnMembers()
    {
        var compilation = Submission.Compile(("TensorSections.cs", OneClassTwoSections));

        var section13 = new RuleChecker().Check(compilation, Ps1Rules.Section13Contract, Ps1Rules.Section13);
        var section14 = new RuleChecker().Check(compilation, Ps1Rules.Section14Contract, Ps1Rules.Section14);

        Assert.That(section13, Is.Empty, "1.3's Train uses no autograd: 1.4's explicit Train must not count against it");
        Assert.That(section14, Is.Empty);
    }

    [Test]
    public void Check_ExplicitImplementationUsingAutograd_StillChargesItsOwnSection()
    {
        // The same class with autograd moved into 1.3's (explicit) member: 1.3 is charged, 1.4 is not.
        var source = OneClassTwoSections
            .Replace("public TrainingRun Train(HousingTensors data, TrainingOptions options)", "TrainingRun ISection13TensorGradientDescent.Train(HousingTensors data, TrainingOptions options)")
            .Replace("var w = Start(options);", "var w = Start(options); w.requires_grad = true;");
        var compilation = Submission.Compile(("TensorSections.cs", source));

        var section13 = new RuleChecker().Check(compilation, Ps1Rules.Section13Contract, Ps1Rules.Section13);
        var section14 = new RuleChecker().Check(compilation, Ps1Rules.Section14Contract, Ps1Rules.Section14);

        Assert.That(section13.Select(violation => (violation.Api, violation.Line)), Is.EquivalentTo(new[]
        {
            ("TorchSharp.torch.Tensor.requires_grad", 12), ("TorchSharp.*(requires_grad)", 12),
        }));
        Assert.That(section14, Is.Empty);
    }

    [Test]
    public void Check_ContractImplementedInBaseClassWithStaticHelperInOtherFile_FollowsTheCalls()
    {
        var section = """
            using Ps1Autograd;
            namespace Student;
            public sealed class Section13 : TrainerBase, ISection13TensorGradientDescent { }
            """;
        var baseClass = """
            using Ps1Autograd;
            using TorchSharp;
            namespace Student;
            public abstract class TrainerBase
            {
                public TrainingRun Train(HousingTensors data, TrainingOptions options)
                {
                    var w = Weights.Create(7);
                    return new(new double[7], 0.1, new double[1], new double[7]);
                }

                // Never called by Train: not 1.3's code.
                protected static torch.Tensor Unused() => torch.zeros(1, requires_grad: true);
            }
            """;
        var helper = """
            using TorchSharp;
            namespace Student;
            internal static class Weights
            {
                public static torch.Tensor Create(int count) => torch.linalg.norm(torch.zeros(1, count));
            }
            """;
        var compilation = Submission.Compile(("Section13.cs", section), ("TrainerBase.cs", baseClass), ("Weights.cs", helper));

        var violations = new RuleChecker().Check(compilation, Ps1Rules.Section13Contract, Ps1Rules.Section13);

        Assert.That(violations.Select(violation => (violation.Api, violation.File)), Is.EqualTo(new[] { ("TorchSharp.torch.linalg", "Weights.cs") }));
    }
}
