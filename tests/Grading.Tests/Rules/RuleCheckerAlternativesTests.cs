using Grading.Core.Rules;
using NUnit.Framework;

namespace Grading.Tests.Rules;

/// <summary>A rule whose pattern lists alternatives (<c>A | B</c>): met by a use of either, broken by code that uses
/// neither. The case is autodiff-warmup's section 6: TorchSharp's DataLoader from its factory or its class.</summary>
[TestFixture]
public sealed class RuleCheckerAlternativesTests
{
    private static readonly Grading.Core.Assignments.RuleSpec RequireDataLoader =
        Ps1Rules.Require("TorchSharp.torch.utils.data.DataLoader | TorchSharp.Modules.DataLoader", "Use TorchSharp's DataLoader.");

    private static IReadOnlyList<RuleViolation> Check(string batches) =>
        new RuleChecker().Check(Submission.Compile(("Section12.cs", $$"""
            using System.Linq;
            using TorchSharp;
            using TorchSharp.Modules;
            using static TorchSharp.torch;

            namespace Student;

            public sealed class Rows(long count) : torch.utils.data.Dataset<long>
            {
                public override long Count => count;
                public override long GetTensor(long index) => index;
            }

            public sealed class Section12 : Ps1Autograd.ISection12ArrayGradientDescent
            {
                public Ps1Autograd.TrainingRun Train(Ps1Autograd.HousingData data, Ps1Autograd.TrainingOptions options)
                {
                    var x = zeros(100, 1);
                    var y = zeros(100, 1);
                    {{batches}}
                    return new(new double[7], 0.1, new double[options.Epochs], new double[7]);
                }
            }
            """)), Ps1Rules.Section12Contract, [RequireDataLoader]);

    [Test]
    public void Check_FactoryOverATensorDataset_MeetsTheRule()
    {
        Assert.That(Check("""
            using var loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), 10, shuffle: true, seed: 1);
            foreach (var batch in loader) batch[0].sum();
            """), Is.Empty);
    }

    [Test]
    public void Check_ClassWithACollateFunction_MeetsTheRule()
    {
        Assert.That(Check("""
            using var loader = new DataLoader<long, Tensor[]>(new Rows(100), 10, (rows, _) =>
            {
                using var index = tensor(rows.ToArray());
                return [x.index_select(0, index), y.index_select(0, index)];
            }, shuffle: true, seed: 1);
            foreach (var batch in loader) batch[0].sum();
            """), Is.Empty);
    }

    [Test]
    public void Check_BatchesSlicedByHand_BreaksTheRuleNamingBothAlternatives()
    {
        var violations = Check("""
            var order = randperm(100);
            for (long start = 0; start < 100; start += 10) x.index_select(0, order.narrow(0, start, 10)).sum();
            """);
        Assert.That(violations.Select(v => v.Message), Is.EqualTo(new[]
        {
            "Use TorchSharp's DataLoader. No use of TorchSharp.torch.utils.data.DataLoader | TorchSharp.Modules.DataLoader found.",
        }));
    }
}
