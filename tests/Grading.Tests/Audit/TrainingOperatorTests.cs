using Grading.Core.Audit.Operators;

namespace Grading.Tests.Audit;

public sealed class TrainingOperatorTests
{
    private const string AutogradLoop = """
                    const double learningRate = 0.1;
                    var w = randn(1, 7, dtype: float64, requires_grad: true);
                    for (int t = 0; t < 10; t++)
                    {
                        var loss = (tx.matmul(w.T).squeeze(1) - ty).square().mean();
                        loss.backward();
                        using (no_grad())
                        {
                            w.sub_(w.grad! * learningRate);
                            w.grad = null;
                        }
                    }
                    return w.detach().cpu();
            """;

    [Test]
    public void StatementRemoval_NamesTheGradientClearAndBackward()
    {
        var mutants = OperatorSandbox.Apply(new StatementRemovalOperator(), AutogradLoop);
        Assert.That(mutants.Select(m => m.Description), Is.SupersetOf(new[]
        {
            "backward() removed: loss.backward();", "the gradient clear removed: w.grad = null;", "a statement removed: w.sub_(w.grad! * learningRate);",
        }));
        Assert.That(mutants.All(m => m.Compiles), Is.True);
    }

    [Test]
    public void NoGradScope_LeavesTheUpdateOutsideTheScope()
    {
        var mutants = OperatorSandbox.Apply(new NoGradScopeOperator(), AutogradLoop);
        Assert.That(mutants, Has.Count.EqualTo(1));
        Assert.That(mutants[0].Description, Is.EqualTo("the no_grad() scope removed"));
        Assert.That(mutants[0].Compiles, Is.True);
    }

    [Test]
    public void InPlace_TurnsSubUnderscoreIntoSubWhoseResultIsDropped()
    {
        var mutants = OperatorSandbox.Apply(new InPlaceOperator(), AutogradLoop);
        Assert.That(mutants.Select(m => m.Line), Is.EqualTo(new[] { "w.sub(w.grad! * learningRate);" }));
    }

    [Test]
    public void LearningRate_MultipliesAndDividesANamedRateByTen()
    {
        var mutants = OperatorSandbox.Apply(new StepSizeOperator(), AutogradLoop);
        Assert.That(mutants.Select(m => m.Line), Is.EqualTo(new[] { "const double learningRate = 1.0;", "const double learningRate = 0.01;" }));
        Assert.That(mutants[0].Description, Is.EqualTo("the learning rate ×10 (0.1 → 1.0)"));
    }

    [Test]
    public void LearningRate_FindsTheRateByTheParameterItIsPassedTo()
    {
        var mutants = OperatorSandbox.Apply(new StepSizeOperator(), """
                    var w = randn(3, requires_grad: true);
                    var optimizer = optim.SGD(new[] { new TorchSharp.Modules.Parameter(w) }, 0.05);
                    return optimizer;
            """);
        Assert.That(mutants.Select(m => m.Line), Has.All.StartWith("var optimizer = optim.SGD("));
        Assert.That(mutants.Select(m => m.Description), Is.EqualTo(new[] { "the learning rate ×10 (0.05 → 0.5)", "the learning rate ÷10 (0.05 → 0.005)" }));
    }

    [Test]
    public void RequiresGrad_FlipsTheWeightsFlag()
    {
        var mutants = OperatorSandbox.Apply(new RequiresGradOperator(), AutogradLoop);
        Assert.That(mutants.Select(m => m.Line), Is.EqualTo(new[] { "var w = randn(1, 7, dtype: float64, requires_grad: false);" }));
    }

    [Test]
    public void Detach_IsRemovedWhereWrittenAndAddedWhereTheForwardPassReadsTheWeights()
    {
        var mutants = OperatorSandbox.Apply(new DetachOperator(), AutogradLoop);
        Assert.That(mutants.Select(m => m.Line), Is.EquivalentTo(new[]
        {
            "var loss = (tx.matmul(w.detach().T).squeeze(1) - ty).square().mean();",
            "return w.cpu();",
        }), "not added inside no_grad(), where it changes nothing");
    }

    [Test]
    public void CompoundAssignment_TurnsDescentIntoAscentAndASumIntoItsLastTerm()
    {
        var mutants = OperatorSandbox.Apply(new CompoundAssignmentOperator(), """
                    double b = 0, sum = 0;
                    foreach (double v in x) sum += v;
                    b -= 0.1 * sum;
                    return b;
            """);
        Assert.That(mutants.Select(m => m.Line), Is.EquivalentTo(new[]
        {
            "foreach (double v in x) sum -= v;", "foreach (double v in x) sum = v;", "b += 0.1 * sum;", "b = 0.1 * sum;",
        }));
    }

    [Test]
    public void ArgumentSwap_SwapsNeighboursOfTheSameTypeOnly()
    {
        var mutants = OperatorSandbox.Apply(new ArgumentSwapOperator(), """
                    var loss = nn.functional.mse_loss(tx, ty);
                    var w = randn(1, 7, dtype: float64);
                    return Math.Pow(x[0], 2.0) + w.sum().item<double>() + loss.item<double>();
            """);
        Assert.That(mutants.Select(m => m.Line), Is.EquivalentTo(new[]
        {
            "var loss = nn.functional.mse_loss(ty, tx);", "var w = randn(7, 1, dtype: float64);",
            "return Math.Pow(2.0, x[0]) + w.sum().item<double>() + loss.item<double>();",
        }));
    }

    [Test]
    public void EarlierVariable_ReturnsTheInitialWeightsForTheFinalOnes()
    {
        var mutants = OperatorSandbox.Apply(new EarlierVariableOperator(), """
                    double[] initial = (double[])x.Clone();
                    double[] history = new double[3];
                    double[] final = x.Select(v => v - 0.1).ToArray();
                    return final;
            """);
        Assert.That(mutants.Select(m => m.Line), Is.EqualTo(new[] { "return history;", "return initial;", "return y;" }), "the three declared nearest before the return");
    }
}
