using Grading.Core.Calibration;
using Grading.Core.Results;
using Grading.Core.Rules;
using Grading.Core.Running;
using Grading.Tests.Support;

namespace Grading.Tests.Calibration;

public class FixtureVerdictTests
{
    private static readonly GradingResult Graded = SampleResults.Result(
    [
        SampleResults.Section("1.1", 15, 15, SectionStatus.Passed),
        SampleResults.Section("1.3", 21, 25, SectionStatus.Failed, failedMessage: "1.3 computes gradients by hand: no autograd (backward).",
            raw: new SectionRun { SectionId = "1.3", RuleViolations = [new RuleViolation("backward", "calls backward() in 1.3", "A.cs", 3, 1, "loss.backward()")] }),
        SampleResults.Section("1.5", 0, 15, SectionStatus.Pending, pending: 15),
    ]);

    private static FixtureSpec Spec(FixtureKind kind = FixtureKind.Mistake, Dictionary<string, double>? expect = null,
        Dictionary<string, IReadOnlyList<string>>? failed = null, string[]? message = null) => new()
    {
        Name = "fx", Folder = "/fixtures/fx", Kind = kind, Expect = expect ?? [], FailedChecks = failed ?? [], Message = message ?? [],
    };

    [Test]
    public void Judge_ExpectedPointsChecksAndPhrases_Matches()
    {
        var verdict = FixtureVerdict.Judge(Spec(expect: new() { ["1.3"] = 21 }, failed: new() { ["1.3"] = ["rules"] },
            message: ["COMPUTES GRADIENTS BY HAND", "calls backward()"]), Graded);
        Assert.That((verdict.PointsMatch, verdict.ChecksMatch, verdict.MessagesFound, verdict.Match), Is.EqualTo((true, true, true, true)));
        // Pending points are not a loss: 1.5's 0 + 15 pending is its full 15.
        Assert.That(verdict.Sections.Single(s => s.Id == "1.5").Actual, Is.EqualTo(15));
    }

    [Test]
    public void Judge_UnlistedSectionBelowFullMarks_DoesNotMatch()
    {
        var verdict = FixtureVerdict.Judge(Spec(FixtureKind.Correct), Graded);
        Assert.That(verdict.PointsMatch, Is.False);
        Assert.That(verdict.Sections.Where(s => !s.PointsMatch).Select(s => (s.Id, s.Expected, s.Actual)), Is.EqualTo(new[] { ("1.3", 25.0, 21.0) }));
    }

    [Test]
    public void Judge_OtherFailedChecksOrMissingPhrase_DoesNotMatch()
    {
        var verdict = FixtureVerdict.Judge(Spec(expect: new() { ["1.3"] = 21 }, failed: new() { ["1.3"] = ["gradient-step"] }, message: ["the factor 2"]), Graded);
        Assert.That((verdict.PointsMatch, verdict.ChecksMatch, verdict.MessagesFound, verdict.Match), Is.EqualTo((true, false, false, false)));
        Assert.That(verdict.Phrases.Single(), Is.EqualTo(new PhraseFound("the factor 2", false)));
    }

    [Test]
    public void Judge_PhraseInAnotherSection_IsNotFound()
    {
        // 1.3's message does not count for a fixture about 1.1.
        var verdict = FixtureVerdict.Judge(Spec(expect: new() { ["1.1"] = 15 }, message: ["gradients by hand"]), Graded);
        Assert.That(verdict.MessagesFound, Is.False);
    }

    [Test]
    public void Judge_SectionLeftOutToSaveTime_IsNotJudged()
    {
        var verdict = FixtureVerdict.Judge(Spec(FixtureKind.Correct), Graded, notJudged: ["1.3"]);
        Assert.That(verdict.Match, Is.True);
        Assert.That(verdict.Sections.Single(s => s.Id == "1.3").Judged, Is.False);
    }

    [Test]
    public void Judge_UnknownSection_NamesTheReadme()
    {
        var error = Assert.Throws<FixtureSpecException>(() => FixtureVerdict.Judge(Spec(expect: new() { ["1.7"] = 0 }), Graded))!;
        Assert.That(error.Message, Does.Contain("/fixtures/fx/README.md: names section \"1.7\", which ps1-autograd does not have"));
    }

    [Test]
    public void Summary_ThreeFigures_CountCorrectMistakesAndMessages()
    {
        var correct = FixtureVerdict.Judge(Spec(FixtureKind.Correct), Graded, notJudged: ["1.3"]);
        var exact = FixtureVerdict.Judge(Spec(expect: new() { ["1.3"] = 21 }, message: ["by hand"]), Graded);
        var silent = FixtureVerdict.Judge(Spec(expect: new() { ["1.3"] = 21 }), Graded); // no phrase: proves nothing about its message
        var summary = CalibrationSummary.Of([correct, exact, silent]);
        Assert.That(summary.CorrectAtFullMarks, Is.EqualTo(new CalibrationFigure(1, 1)));
        Assert.That(summary.MistakesExact, Is.EqualTo(new CalibrationFigure(2, 2)));
        Assert.That(summary.MessagesNamingTheMistake.ToString(), Is.EqualTo("1/2 (50 %)"));
    }
}
