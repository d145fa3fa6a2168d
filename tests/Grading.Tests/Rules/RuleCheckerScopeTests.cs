using Grading.Core.Rules;
using NUnit.Framework;

namespace Grading.Tests.Rules;

/// <summary>Which code belongs to a section: its own class and what it reaches, nothing else.</summary>
[TestFixture]
public sealed class RuleCheckerScopeTests
{
    private const string Section12Header = """
        using Grading.Contracts;
        using MathNet.Numerics.LinearAlgebra;
        using Ps1Autograd;

        namespace Student;

        """;

    private static IReadOnlyList<RuleViolation> CheckSection12(params (string File, string Source)[] files) =>
        new RuleChecker().Check(Submission.Compile(files), Ps1Rules.Section12Contract, Ps1Rules.Section12);

    [Test]
    public void Check_ForbiddenNamespaceInSection_IsFlaggedOncePerUse()
    {
        var violations = CheckSection12(("Section12.cs", Section12Header + """
            public sealed class Section12 : ISection12ArrayGradientDescent
            {
                public TrainingRun Train(HousingData data, TrainingOptions options)
                {
                    var weights = TorchSharp.torch.zeros(7);
                    weights.add_(1);
                    return new TrainingRun(new double[7], 0.1, new double[options.Epochs], new double[7]);
                }
            }
            """));

        Assert.That(violations.Select(violation => (violation.Api, violation.Line, violation.Code)), Is.EqualTo(new[]
        {
            ("TorchSharp", 10, "var weights = TorchSharp.torch.zeros(7);"),
            ("TorchSharp", 11, "weights.add_(1);"),
        }));
    }

    [Test]
    public void Check_SolveOnVarLocal_IsFlagged()
    {
        var violations = CheckSection12(("Section12.cs", Section12Header + """
            public sealed class Section12 : ISection12ArrayGradientDescent
            {
                public TrainingRun Train(HousingData data, TrainingOptions options)
                {
                    var gram = data.X.TransposeThisAndMultiply(data.X);
                    var weights = gram.Solve(data.X.TransposeThisAndMultiply(data.Y));
                    return new TrainingRun(new double[7], 0.1, new double[options.Epochs], weights.ToArray());
                }
            }
            """));

        Assert.That(violations, Has.Count.EqualTo(1));
        Assert.That(violations[0].Api, Is.EqualTo("MathNet.Numerics.LinearAlgebra.*.Solve"));
        Assert.That((violations[0].Line, violations[0].Column), Is.EqualTo((11, 28)));
    }

    [Test]
    public void Check_SolveInHelperClassCalledFromSection_IsFlagged()
    {
        var violations = CheckSection12(
            ("Section12.cs", Section12Header + """
                public sealed class Section12 : ISection12ArrayGradientDescent
                {
                    public TrainingRun Train(HousingData data, TrainingOptions options) =>
                        new(new double[7], 0.1, new double[options.Epochs], LeastSquares.Weights(data).ToArray());
                }
                """),
            ("Helpers/LeastSquares.cs", """
                using MathNet.Numerics.LinearAlgebra;
                using Ps1Autograd;

                namespace Student;

                internal static class LeastSquares
                {
                    public static Vector<double> Weights(HousingData data) => data.X.Solve(data.Y);
                }
                """));

        Assert.That(violations, Has.Count.EqualTo(1));
        Assert.That((violations[0].File, violations[0].Line, violations[0].Code),
            Is.EqualTo(("Helpers/LeastSquares.cs", 8, "public static Vector<double> Weights(HousingData data) => data.X.Solve(data.Y);")));
    }

    [Test]
    public void Check_HelperAndOtherSectionNotReachableFromSection_AreNotFlagged()
    {
        var violations = CheckSection12(
            ("Section12.cs", Section12Header + """
                public sealed class Section12 : ISection12ArrayGradientDescent
                {
                    public TrainingRun Train(HousingData data, TrainingOptions options) =>
                        new(new double[7], 0.1, new double[options.Epochs], Gradients.Zero().ToArray());
                }
                """),
            ("Helpers.cs", Section12Header + """
                internal static class Gradients
                {
                    public static Vector<double> Zero() => Vector<double>.Build.Dense(7);
                    public static Vector<double> Unused(HousingData data) => data.X.Solve(data.Y);
                }

                internal static class NeverCalled
                {
                    public static Vector<double> ClosedForm(HousingData data) => data.X.Inverse() * data.Y;
                }
                """),
            ("Section11.cs", Section12Header + """
                public sealed class Section11 : ISection11ClosedForm
                {
                    public Vector<double> Solve(HousingData data) => data.X.QR().Solve(data.Y);
                }
                """));

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Check_OverrideReachedThroughBaseClassCall_IsFlagged()
    {
        var violations = CheckSection12(("Section12.cs", Section12Header + """
            public sealed class Section12 : ISection12ArrayGradientDescent
            {
                public TrainingRun Train(HousingData data, TrainingOptions options)
                {
                    Optimizer optimizer = new ClosedForm();
                    return new(new double[7], 0.1, new double[options.Epochs], optimizer.Fit(data).ToArray());
                }
            }

            internal abstract class Optimizer
            {
                public abstract Vector<double> Fit(HousingData data);
            }

            internal sealed class ClosedForm : Optimizer
            {
                public override Vector<double> Fit(HousingData data) => data.X.PseudoInverse() * data.Y;
            }

            internal sealed class NeverCreated : Optimizer
            {
                public override Vector<double> Fit(HousingData data) => data.X.Svd().Solve(data.Y);
            }
            """));

        Assert.That(violations.Select(violation => (violation.Api, violation.Line)),
            Is.EqualTo(new[] { ("MathNet.Numerics.LinearAlgebra.*.PseudoInverse", 22) }));
    }

    [Test]
    public void Check_FieldInitializerAndLambdaInHelper_AreFlagged()
    {
        var violations = CheckSection12(("Section12.cs", Section12Header + """
            public sealed class Section12 : ISection12ArrayGradientDescent
            {
                public TrainingRun Train(HousingData data, TrainingOptions options)
                {
                    var helper = new Helper();
                    return new(new double[7], 0.1, new double[options.Epochs], helper.Fit(data).ToArray());
                }
            }

            internal sealed class Helper
            {
                private readonly System.Func<Matrix<double>, Matrix<double>> _invert = matrix => matrix.Inverse();

                public Vector<double> Fit(HousingData data)
                {
                    System.Func<Matrix<double>, Vector<double>> solve = x => x.Cholesky().Solve(data.Y);
                    return solve(_invert(data.X));
                }
            }
            """));

        // Solve on the factorisation is Factorization.Cholesky<double>.Solve: a use of the Cholesky type
        // (LinearAlgebra.*.Cholesky), not of LinearAlgebra.*.Solve, whose `*` is one segment only.
        Assert.That(violations.Select(violation => (violation.Api, violation.Line)), Is.EqualTo(new[]
        {
            ("MathNet.Numerics.LinearAlgebra.*.Inverse", 17),
            ("MathNet.Numerics.LinearAlgebra.*.Cholesky", 21),
            ("MathNet.Numerics.LinearAlgebra.*.Cholesky", 21),
        }));
    }
}
