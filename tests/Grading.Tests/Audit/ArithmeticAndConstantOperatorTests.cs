using Grading.Core.Audit.Operators;

namespace Grading.Tests.Audit;

public sealed class ArithmeticAndConstantOperatorTests
{
    [Test]
    public void Arithmetic_SwapsTheOperatorsOfNumbersAndTensors()
    {
        var mutants = OperatorSandbox.Apply(new ArithmeticOperator(), """
                    double r = x[0] * 2.0 - y[0];
                    var p = tx * 2.0 + ty;
                    return r / 3 + p.sum().item<double>();
            """);
        Assert.That(mutants.Select(m => m.Line), Is.SupersetOf(new[]
        {
            "double r = x[0] / 2.0 - y[0];", "double r = x[0] * 2.0 + y[0];",
            "var p = tx / 2.0 + ty;", "var p = tx * 2.0 - ty;",
        }));
        Assert.That(mutants.All(m => m.Compiles), Is.True);
        Assert.That(mutants.First(m => m.Line == "double r = x[0] * 2.0 + y[0];").Description, Is.EqualTo("+ instead of -"));
    }

    [Test]
    public void Arithmetic_LeavesStringConcatenationAlone()
    {
        var mutants = OperatorSandbox.Apply(new ArithmeticOperator(), """
                    string text = "loss: " + x[0] + " at " + 3;
                    return text;
            """);
        Assert.That(mutants, Is.Empty);
    }

    [Test]
    public void Constant_MakesTheFactorTwoOneAndMovesWholeNumbersByOne()
    {
        var mutants = OperatorSandbox.Apply(new ConstantOperator(), """
                    double scale = 2.0 / x.Length;
                    var w = randn(1, 7);
                    return scale + 0.5;
            """);
        var lines = mutants.Select(m => m.Line).ToList();
        Assert.That(lines, Does.Contain("double scale = 1.0 / x.Length;"), "2.0 stays a double: 1.0, not 1");
        Assert.That(lines, Does.Contain("var w = randn(0, 7);"));
        Assert.That(lines, Does.Contain("var w = randn(1, 8);"));
        Assert.That(lines.Any(l => l.Contains("0.5", StringComparison.Ordinal) == false && l.StartsWith("return", StringComparison.Ordinal)), Is.False,
            "a fraction other than 0, 1, 2 is the learning-rate operator's");
    }

    [Test]
    public void Constant_LeavesTheLoopStartToTheLoopBoundOperator()
    {
        const string body = """
                    double sum = 0;
                    for (int i = 0; i < x.Length; i++) sum += x[i];
                    return sum;
            """;
        Assert.That(OperatorSandbox.Apply(new ConstantOperator(), body).Select(m => m.Line), Is.EqualTo(new[] { "double sum = 1;" }));
        var bounds = OperatorSandbox.Apply(new LoopBoundOperator(), body);
        Assert.That(bounds.Select(m => m.Line), Is.EquivalentTo(new[]
        {
            "for (int i = 1; i < x.Length; i++) sum += x[i];", "for (int i = 0; i <= x.Length; i++) sum += x[i];",
        }));
        Assert.That(bounds.First(m => m.Line.Contains("i = 1", StringComparison.Ordinal)).Description, Is.EqualTo("the loop starts at 1 instead of 0"));
    }

    [Test]
    public void Factor_DropsAFactorOnlyWhereWhatIsLeftHasTheProductsType()
    {
        var mutants = OperatorSandbox.Apply(new FactorOperator(), """
                    double g = 2.0 * x[0] / x.Length;
                    var step = tx * 0.1;
                    return g + step.sum().item<double>();
            """);
        var lines = mutants.Select(m => m.Line).ToList();
        Assert.That(lines, Does.Contain("double g = (2.0 * x[0]);"), "the 1/n of a mean left out");
        Assert.That(lines, Does.Contain("double g = (x[0]) / x.Length;"), "the factor 2 left out");
        Assert.That(lines, Does.Contain("var step = (tx);"));
        Assert.That(lines, Does.Not.Contain("var step = (0.1);"), "a tensor times a number is not reduced to the number");
        Assert.That(mutants.All(m => m.Compiles), Is.True);
    }
}
