using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.EndToEnd;

/// <summary>
/// Each wrong submission (tests/fixtures/ps1-autograd, laid over the reference) loses exactly the
/// points of the checks its mistake breaks, with a message that names the mistake, and nothing else.
/// </summary>
public class FixtureGradingTests
{
    public sealed record Expectation(string Fixture, string Section, double SectionScore, string[] FailedChecks, string Message)
    {
        public override string ToString() => Fixture;
    }

    private static readonly Expectation[] Expectations =
    [
        new("gradient-sign-flipped", "1.2", 10, ["weights", "loss-history", "gradient-step"], "sign of the gradient"),
        new("gradients-never-cleared", "1.4", 6, ["weights", "loss-history", "gradient-step"], "the gradient accumulates across epochs"),
        new("diverging-learning-rate", "1.2", 15, ["weights", "loss-history", "learning-rate"], "above the stability bound"),
        new("closed-form-in-gd", "1.2", 15, ["loss-history", "gradient-step", "rules"], "not by a closed-form solve. Found `Matrix<double>.Solve(...)`"),
        new("autograd-in-tensor-section", "1.3", 21, ["rules"], "1.3 computes gradients by hand: no autograd (backward)"),
        new("wrong-epoch-count", "1.2", 26, ["epochs", "printed-log"], "asked for 5000 epochs, the loss history has 5001 entries"),
        new("missing-factor-two", "1.2", 22, ["gradient-step"], "the factor 2 of d/dw (ŷ − y)² is missing"),
        new("learning-rate-too-small", "1.4", 11, ["weights", "learning-rate"], "too small to converge in 5000 epochs"),
        new("wrong-shape", "1.1", 5, ["weights"], "returned 6 weights, expected 7"),
        new("empty-answer", "1.5", 0, ["answer 4"], "question 4 is not answered"),
    ];

    [TestCaseSource(nameof(Expectations))]
    public void Grade_WrongSubmission_LosesExactlyTheBrokenChecksPoints(Expectation expected)
    {
        var result = Ps1Grading.GradeOverlay(expected.Fixture);
        var section = result.Section(expected.Section);
        Assert.That(section.FailedChecks(), Is.EquivalentTo(expected.FailedChecks));
        Assert.That(section.Score, Is.EqualTo(expected.SectionScore));
        Assert.That(section.Checks.Where(c => !c.Passed).Select(c => c.Message), Has.Some.Contains(expected.Message));
        // Nothing else is touched: every other section keeps the reference's score.
        foreach (var other in result.Sections.Where(s => s.Id != expected.Section))
            Assert.That(other.Score + other.PendingPoints, Is.EqualTo(other.MaxScore), $"section {other.Id}");
    }

    [Test]
    public void Grade_EmptyAnswer_KeepsTheOtherAnswersPending()
    {
        var result = Ps1Grading.GradeOverlay("empty-answer");
        Assert.That(result.Score, Is.EqualTo(85));
        Assert.That(result.PendingPoints, Is.EqualTo(12.5));
    }

    [Test]
    public void Grade_CompileErrorInOneFile_ScoresZeroAndShowsTheErrorInTheStudentsFile()
    {
        var result = Ps1Grading.GradeOverlay("compile-error");
        Assert.That(result.Compilation.Succeeded, Is.False);
        Assert.That(result.Score, Is.Zero);
        var error = result.Compilation.Diagnostics.Single(d => d.Severity == "error");
        Assert.That(error.ToString(), Does.StartWith("Section13TensorGradientDescent.cs(59,27): error CS0266: Cannot implicitly convert type"));
        Assert.That(error.SourceLine, Does.Contain("double"));
        Assert.That(result.Sections.Select(s => s.FirstProblem), Is.All.Contains("does not compile"));
    }

    [Test]
    public void Grade_SectionThatThrows_CostsThatSectionOnlyAndNamesTheLine()
    {
        var result = Ps1Grading.GradeOverlay("throws-in-section");
        var section = result.Section("1.3");
        Assert.That(section.Status, Is.EqualTo(SectionStatus.Error));
        Assert.That(section.Score, Is.Zero);
        Assert.That(section.Error, Does.Contain("threw InvalidOperationException").And.Contain("Section13TensorGradientDescent.cs line 69"));
        Assert.That(result.Score, Is.EqualTo(60));
    }
}
