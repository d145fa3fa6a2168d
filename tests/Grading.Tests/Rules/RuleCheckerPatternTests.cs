using Grading.Core.Assignments;
using Grading.Core.Rules;
using NUnit.Framework;

namespace Grading.Tests.Rules;

/// <summary>How patterns meet symbols: wildcards, overrides, aliases, static usings, extension methods.</summary>
[TestFixture]
public sealed class RuleCheckerPatternTests
{
    private static IReadOnlyList<RuleViolation> CheckSection12(string usings, string body, params RuleSpec[] rules) =>
        new RuleChecker().Check(Submission.Compile(("Section12.cs", usings + $$"""

            namespace Student;

            public sealed class Section12 : Ps1Autograd.ISection12ArrayGradientDescent
            {
                public Ps1Autograd.TrainingRun Train(Ps1Autograd.HousingData data, Ps1Autograd.TrainingOptions options)
                {
            {{body}}
                    return new(new double[7], 0.1, new double[options.Epochs], new double[7]);
                }
            }
            """)), Ps1Rules.Section12Contract, rules);

    private static RuleSpec ForbidSolve => Ps1Rules.Forbid("MathNet.Numerics.LinearAlgebra.*.Solve", "No solve.");

    [Test]
    public void Check_SolveOnDenseMatrix_MatchesWildcardSegment()
    {
        var violations = CheckSection12("using MathNet.Numerics.LinearAlgebra.Double;", """
                    var x = DenseMatrix.OfMatrix(data.X);
                    var weights = x.Solve(DenseVector.OfVector(data.Y));
            """, ForbidSolve);

        Assert.That(violations.Select(violation => violation.Code), Is.EqualTo(new[] { "var weights = x.Solve(DenseVector.OfVector(data.Y));" }));
    }

    [Test]
    public void Check_CholeskyOverriddenByDenseMatrix_MatchesThroughOverriddenMember()
    {
        // DenseMatrix overrides Cholesky(): its own name has one segment too many for `*`.
        var violations = CheckSection12("using MathNet.Numerics.LinearAlgebra.Double;", """
                    DenseMatrix x = DenseMatrix.OfMatrix(data.X);
                    x.Cholesky();
            """, Ps1Rules.Forbid("MathNet.Numerics.LinearAlgebra.*.Cholesky", "No Cholesky."));

        Assert.That(violations.Select(violation => violation.Code), Is.EqualTo(new[] { "x.Cholesky();" }));
    }

    [Test]
    public void Check_WildcardSegment_DoesNotMatchLongerPrefix()
    {
        var violations = CheckSection12("", """
                    data.X.Transpose();
            """, Ps1Rules.Forbid("MathNet.*.Matrix", "No matrices."), Ps1Rules.Forbid("MathNet.Numerics.*.Matrix", "No matrices."));

        Assert.That(violations.Select(violation => violation.Api), Is.EqualTo(new[] { "MathNet.Numerics.*.Matrix" }));
    }

    [Test]
    public void Check_UsingAliasForMatrixType_IsResolved()
    {
        // The type pattern covers the alias as a declared type (8,9) and every Matrix member called.
        var violations = CheckSection12("using M = MathNet.Numerics.LinearAlgebra.Matrix<double>;", """
                    M gram = data.X.TransposeThisAndMultiply(data.X);
                    var inverse = gram.Inverse();
            """, Ps1Rules.Forbid("MathNet.Numerics.LinearAlgebra.*.Inverse", "No inverse."), Ps1Rules.Forbid("MathNet.Numerics.LinearAlgebra.Matrix", "No Matrix type."));

        Assert.That(violations.Select(violation => (violation.Api, violation.Line, violation.Column)), Is.EqualTo(new[]
        {
            ("MathNet.Numerics.LinearAlgebra.*.Inverse", 9, 28),
            ("MathNet.Numerics.LinearAlgebra.Matrix", 8, 9),
            ("MathNet.Numerics.LinearAlgebra.Matrix", 8, 25),
            ("MathNet.Numerics.LinearAlgebra.Matrix", 9, 28),
        }));
    }

    [Test]
    public void Check_NamespaceAliasAndFullyQualifiedName_AreResolved()
    {
        var violations = CheckSection12("using LA = MathNet.Numerics.LinearAlgebra;", """
                    var fromAlias = LA.Matrix<double>.Build.Dense(7, 7).Inverse();
                    var fullyQualified = MathNet.Numerics.LinearAlgebra.Double.DenseMatrix.Create(7, 7, 0.0).Inverse();
            """, Ps1Rules.Forbid("MathNet.Numerics.LinearAlgebra.*.Inverse", "No inverse."));

        Assert.That(violations.Select(violation => violation.Line), Is.EqualTo(new[] { 8, 9 }));
    }

    [Test]
    public void Check_StaticUsingOfTorch_IsResolved()
    {
        var violations = CheckSection12("using static TorchSharp.torch;", """
                    using var guard = no_grad();
                    Tensor zeros = ones(7);
            """, Ps1Rules.Forbid("TorchSharp.torch.no_grad", "No no_grad."), Ps1Rules.Forbid("TorchSharp.torch.Tensor", "No tensors."));

        Assert.That(violations.Select(violation => (violation.Api, violation.Code)), Is.EqualTo(new[]
        {
            ("TorchSharp.torch.no_grad", "using var guard = no_grad();"),
            ("TorchSharp.torch.Tensor", "Tensor zeros = ones(7);"),
        }));
    }

    [Test]
    public void Check_ExtensionMethod_MatchesItsStaticClass()
    {
        var violations = CheckSection12("using TorchSharp;", """
                    var weights = new double[7].ToTensor(new long[] { 7 });
            """, Ps1Rules.Forbid("TorchSharp.TensorExtensionMethods.ToTensor", "No ToTensor."));

        Assert.That(violations.Select(violation => violation.Line), Is.EqualTo(new[] { 8 }));
    }

    [Test]
    public void Check_TensorOperatorAndIndexer_AreUses()
    {
        var violations = CheckSection12("using TorchSharp;", """
                    var weights = torch.ones(7);
                    var doubled = weights * weights;
                    var first = doubled[0];
            """, Ps1Rules.Forbid("TorchSharp.torch.Tensor", "No tensor members."));

        Assert.That(violations.Select(violation => violation.Column), Is.EqualTo(new[] { 31, 28 }));
        Assert.That(violations.Select(violation => violation.Message), Is.EqualTo(new[]
        {
            "No tensor members. Found `torch.Tensor.operator *(...)` at Section12.cs(9,31).",
            "No tensor members. Found `torch.Tensor[...]` at Section12.cs(10,28).",
        }));
    }
}
