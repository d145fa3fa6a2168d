using Grading.Tests.Support;

namespace Grading.Tests.EndToEnd;

/// <summary>
/// Each wrong autodiff-warmup submission (tests/fixtures/autodiff-warmup, laid over the reference) loses exactly the
/// points of the checks its mistake breaks, with a message that names the mistake, and nothing else.
/// </summary>
public class AutodiffFixtureGradingTests
{
    public sealed record Expectation(string Fixture, string Section, double SectionScore, string[] FailedChecks, string Message)
    {
        public override string ToString() => Fixture;
    }

    private static readonly Expectation[] Expectations =
    [
        new("cubic-sign-flipped", "1", 8, ["cubic.grad", "cubic.grad.other"], "it has the wrong sign"),
        new("gradient-not-zeroed", "2", 0, ["accumulation", "rules"], "the gradient doubled"),
        new("optimizer-zero-grad-missing", "3", 12, ["optimizer"], "the gradients accumulate across steps"),
        new("polynomial-missing-factor-two", "4", 9, ["hand", "hand.final"], "the factor 2 of d/dŷ (ŷ − y)² is missing"),
        new("bias-not-learned", "5", 3, ["linear", "linear.final"], "b never moved"),
        new("mlp-without-relu", "6", 0, ["valid.mse", "mlp-architecture", "rules"], "without nn.ReLU() between the Linear layers"),
        new("manual-descent-uphill", "3", 12, ["manual"], "the update goes uphill"),
        new("polynomial-mean-loss", "4", 9, ["hand", "hand.final"], "your loss is the mean of squares; section 4's loss, as in the lecture's loop, is the sum"),
        new("linear-sum-loss", "5", 3, ["linear", "linear.final"], "your loss is the sum of squares; the notebook's loss is the mean"),
        new("mlp-too-few-epochs", "6", 8, ["valid.mse"], "the network is under-trained"),
    ];

    /// <summary>Correct work written differently from the reference (equivalent APIs, float32, LINQ, one class for two
    /// sections): every section graded scores full marks. Section 6 is graded only where the fixture has its file.</summary>
    [TestCase("one-class-gradients-and-accumulation", "Section2Accumulation.cs")]
    [TestCase("grad-null-clearing")]
    [TestCase("accumulation-optimiser-zero-grad")]
    [TestCase("optimiser-set-grad-enabled")]
    [TestCase("polynomial-linq-features")]
    [TestCase("mm-linear-regression-float32")]
    [TestCase("mlp-custom-module-functional-relu")]
    public void Grade_CorrectSubmissionWrittenDifferently_ScoresFullMarks(string fixture, params string[] remove)
    {
        var result = AutodiffGrading.GradeOverlay(fixture, remove);
        bool hasMlp = File.Exists(Path.Combine(AutodiffGrading.Fixture(fixture), AutodiffGrading.MlpFile));
        foreach (var section in result.Sections.Where(s => s.Id != "6" || hasMlp))
            Assert.That(section.Score, Is.EqualTo(section.MaxScore), $"section {section.Id}: {section.FirstProblem}");
    }

    [TestCaseSource(nameof(Expectations))]
    public void Grade_WrongSubmission_LosesExactlyTheBrokenChecksPoints(Expectation expected)
    {
        var result = AutodiffGrading.GradeOverlay(expected.Fixture);
        var section = result.Section(expected.Section);
        Assert.That(section.FailedChecks(), Is.EquivalentTo(expected.FailedChecks));
        Assert.That(section.Score, Is.EqualTo(expected.SectionScore));
        Assert.That(section.Checks.Where(c => !c.Passed).Select(c => c.Message), Has.Some.Contains(expected.Message));
        // Nothing else is touched. Section 6 is left out of overlays for other sections (see GradeOverlay).
        foreach (var other in result.Sections.Where(s => s.Id != expected.Section && (s.Id != "6" || expected.Section == "6")))
            Assert.That(other.Score, Is.EqualTo(other.MaxScore), $"section {other.Id}: {other.FirstProblem}");
    }
}
