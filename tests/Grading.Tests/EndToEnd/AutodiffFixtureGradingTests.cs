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
    ];

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
