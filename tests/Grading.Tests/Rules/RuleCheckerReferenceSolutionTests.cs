using Grading.Core.Rules;
using NUnit.Framework;

namespace Grading.Tests.Rules;

/// <summary>Honest solutions of 1.2 and 1.3 break none of PS1's rules; one file may hold every section.</summary>
[TestFixture]
public sealed class RuleCheckerReferenceSolutionTests
{
    private const string AllSections = """
        using System;
        using Grading.Contracts;
        using MathNet.Numerics.LinearAlgebra;
        using Ps1Autograd;
        using TorchSharp;

        namespace Student;

        public sealed class Section11 : ISection11ClosedForm
        {
            public Vector<double> Solve(HousingData data) =>
                data.X.TransposeThisAndMultiply(data.X).Solve(data.X.TransposeThisAndMultiply(data.Y)).Map(w => Math.Round(w, 3));
        }

        public sealed class Section12 : ISection12ArrayGradientDescent
        {
            public TrainingRun Train(HousingData data, TrainingOptions options)
            {
                const double lr = 0.1;
                var w = Vector<double>.Build.Dense(7, i => 0.01 * (i + options.Seed % 3));
                var initial = w.ToArray();
                var losses = new double[options.Epochs];
                for (var epoch = 0; epoch < options.Epochs; epoch++)
                {
                    var error = data.X * w - data.Y;
                    losses[epoch] = error.DotProduct(error) / data.Y.Count;
                    w -= lr * Gradient.Of(data.X, error);
                }
                return new(initial, lr, losses, w.ToArray());
            }
        }

        internal static class Gradient
        {
            public static Vector<double> Of(Matrix<double> x, Vector<double> error) => 2.0 / x.RowCount * x.TransposeThisAndMultiply(error);
        }

        public sealed class Section13 : ISection13TensorGradientDescent
        {
            public TrainingRun Train(HousingTensors data, TrainingOptions options)
            {
                const double lr = 0.1;
                torch.manual_seed(options.Seed);
                var w = torch.randn(7, dtype: torch.float64);
                var initial = w.data<double>().ToArray();
                var losses = new double[options.Epochs];
                for (var epoch = 0; epoch < options.Epochs; epoch++)
                {
                    var error = data.X.matmul(w) - data.Y;
                    losses[epoch] = error.pow(2).mean().item<double>();
                    w = w - lr * 2.0 / data.Y.shape[0] * data.X.t().matmul(error);
                }
                return new(initial, lr, losses, w.data<double>().ToArray());
            }
        }
        """;

    [TestCase(Ps1Rules.Section12Contract)]
    [TestCase(Ps1Rules.Section13Contract)]
    public void Check_HonestSolutionBesideClosedFormSection_HasNoViolations(string contract)
    {
        var rules = contract == Ps1Rules.Section12Contract ? Ps1Rules.Section12 : Ps1Rules.Section13;

        var violations = new RuleChecker().Check(Submission.Compile(("Solution.cs", AllSections)), contract, rules);

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Check_ClosedFormSectionAgainstSection12Rules_IsFlagged()
    {
        // The same file with Section11 also implementing 1.2 by calling its closed form: proves the empty results
        // above are not vacuous. (Only what 1.2's Train runs is 1.2's code: a Train that never called Solve would pass.)
        var source = AllSections.Replace("Section11 : ISection11ClosedForm", "Section11 : ISection11ClosedForm, ISection12ArrayGradientDescent")
            .Replace("Map(w => Math.Round(w, 3));", "Map(w => Math.Round(w, 3));\n    public TrainingRun Train(HousingData data, TrainingOptions options) { Solve(data); throw new NotImplementedException(); }");

        var violations = new RuleChecker().Check(Submission.Compile(("Solution.cs", source)), Ps1Rules.Section12Contract, Ps1Rules.Section12);

        Assert.That(violations.Select(violation => (violation.Api, violation.Line)), Is.EqualTo(new[] { ("MathNet.Numerics.LinearAlgebra.*.Solve", 12) }));
    }

    [Test]
    public void Check_MutuallyRecursiveHelpers_Terminates()
    {
        var source = AllSections.Replace(
            "public static Vector<double> Of(Matrix<double> x, Vector<double> error) =>",
            "public static Vector<double> Again(Matrix<double> x, Vector<double> e) => e.Count < 0 ? Of(x, e) : x.Inverse() * e;\n    public static Vector<double> Of(Matrix<double> x, Vector<double> error) => error.Count < 0 ? Again(x, error) :");

        var violations = new RuleChecker().Check(Submission.Compile(("Solution.cs", source)), Ps1Rules.Section12Contract, Ps1Rules.Section12);

        Assert.That(violations.Select(violation => violation.Api), Is.EqualTo(new[] { "MathNet.Numerics.LinearAlgebra.*.Inverse" }));
    }
}
