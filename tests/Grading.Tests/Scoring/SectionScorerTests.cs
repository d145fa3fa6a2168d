using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Figures;
using Grading.Core.Results;
using Grading.Core.Rules;
using Grading.Core.Running;
using Grading.Core.Scoring;
using Grading.Tests.Ps1.Checks;
using Ps1Autograd.Grading;

namespace Grading.Tests.Scoring;

public class SectionScorerTests
{
    // 1.1's checks: weights 10, rules 5.
    private static readonly SectionSpec ClosedForm = new()
    {
        Id = "1.1", Title = "Closed form", Points = 15, Driver = "closed-form", Contract = "none",
        Checks = [new CheckSpec { Kind = "weights", Points = 10, Tolerance = 6e-4 }, new CheckSpec { Kind = "rules", Points = 5 }],
    };

    // 1.5: six questions, 15 points.
    private static readonly SectionSpec Answers = new()
    {
        Id = "1.5", Title = "Conclusion", Points = 15, Driver = "written-answers", Contract = "none",
        Checks = [new CheckSpec { Kind = "answers", Points = 15 }],
        Questions = Enumerable.Range(1, 6).Select(q => new QuestionSpec { Text = $"Q{q}?" }).ToList(),
    };

    private const string Good = "Because the features have very different scales.";

    // PS1's harness serves as the example: its weights check, its figures.
    private static readonly Ps1Harness Harness = new();

    private static SectionResult Score(SectionSpec section, SectionRun run, ISectionFigures? figures = null) =>
        new SectionScorer(CheckRegistry.For(Harness), figures ?? Harness.Figures)
            .Score(Ps1CheckHarness.Assignment(section), section, run, Ps1CheckHarness.Ps1Reference.Value);

    private static double[] Optimum => (double[])Ps1CheckHarness.Ps1Reference.Value.Weights.Clone();

    private static Dictionary<string, double[]> Weights(double[] weights) => new() { ["weights"] = weights };

    private static readonly RuleViolation TorchUse = new("TorchSharp", "no TorchSharp.", "S.cs", 3, 5, "torch.zeros(7);");

    [Test]
    public void Score_EveryCheckPasses_IsPassedWithFullPoints()
    {
        var result = Score(ClosedForm, new SectionRun { SectionId = "1.1", Values = Weights(Optimum), RulesChecked = true, DurationMs = 12 });
        Assert.That(result.Status, Is.EqualTo(SectionStatus.Passed));
        Assert.That(result.Score, Is.EqualTo(15));
        Assert.That(result.MaxScore, Is.EqualTo(15));
        Assert.That(result.PendingPoints, Is.Zero);
        Assert.That(result.DurationMs, Is.EqualTo(12));
        Assert.That(result.FirstProblem, Is.Null);
        Assert.That(result.Checks.Select(c => c.Kind), Is.EqualTo(new[] { "weights", "rules" }));
    }

    [Test]
    public void Score_SomeChecksFail_IsPartialWithTheEarnedPoints()
    {
        var run = new SectionRun { SectionId = "1.1", Values = Weights(Optimum), RulesChecked = true, RuleViolations = [TorchUse] };
        var result = Score(ClosedForm, run);
        Assert.That(result.Status, Is.EqualTo(SectionStatus.Partial));
        Assert.That(result.Score, Is.EqualTo(10));
        Assert.That(result.FirstProblem, Is.EqualTo("no TorchSharp."));
    }

    [Test]
    public void Score_EveryCheckFails_IsFailedWithZero()
    {
        var run = new SectionRun { SectionId = "1.1", Values = Weights(Optimum[..6]), RulesChecked = true, RuleViolations = [TorchUse] };
        var result = Score(ClosedForm, run);
        Assert.That(result.Status, Is.EqualTo(SectionStatus.Failed));
        Assert.That(result.Score, Is.Zero);
        Assert.That(result.FirstProblem, Does.StartWith("returned 6 weights"));
    }

    [Test]
    public void Score_RunDidNotComplete_IsErrorWithEveryCheckNotChecked()
    {
        var run = new SectionRun { SectionId = "1.1", Outcome = RunOutcome.Threw, Error = "1.1 Solve threw InvalidOperationException: boom" };
        var result = Score(ClosedForm, run);
        Assert.That(result.Status, Is.EqualTo(SectionStatus.Error));
        Assert.That(result.Score, Is.Zero);
        Assert.That(result.PendingPoints, Is.Zero);
        Assert.That(result.Error, Is.EqualTo(run.Error));
        Assert.That(result.FirstProblem, Is.EqualTo(run.Error));
        Assert.That(result.Checks.Select(c => (c.Name, c.Passed, c.MaxPoints, c.Message)), Is.EqualTo(new[]
        {
            ("weights", false, 10.0, NotChecked),
            ("rules", false, 5.0, NotChecked),
        }));
    }

    [TestCase(RunOutcome.NotImplemented)]
    [TestCase(RunOutcome.TimedOut)]
    [TestCase(RunOutcome.MissingImplementation)]
    [TestCase(RunOutcome.InvalidResult)]
    [TestCase(RunOutcome.NotRun)]
    public void Score_AnyOutcomeButCompleted_IsError(RunOutcome outcome)
    {
        // Even with weights present: a run that did not complete is never judged on partial output.
        var result = Score(ClosedForm, new SectionRun { SectionId = "1.1", Outcome = outcome, Values = Weights(Optimum), RulesChecked = true });
        Assert.That(result.Status, Is.EqualTo(SectionStatus.Error));
        Assert.That(result.Score, Is.Zero);
    }

    private const string NotChecked = "not checked: the section did not run to the end (see its error).";

    [Test]
    public void Score_NotRunWithoutAnError_FirstProblemSaysTheChecksWereNotRun()
    {
        var result = Score(ClosedForm, new SectionRun { SectionId = "1.1", Outcome = RunOutcome.NotRun });
        Assert.That(result.Checks.Select(c => c.Message), Has.All.EqualTo(NotChecked));
        Assert.That(result.FirstProblem, Is.EqualTo(NotChecked));
    }

    [Test]
    public void Score_AllAnswersGiven_IsPendingWithTheirPoints()
    {
        var result = Score(Answers, new SectionRun { SectionId = "1.5", Answers = Enumerable.Repeat(Good, 6).ToList() });
        Assert.That(result.Status, Is.EqualTo(SectionStatus.Pending));
        Assert.That(result.Score, Is.Zero);
        Assert.That(result.PendingPoints, Is.EqualTo(15));
    }

    [Test]
    public void Score_OneAnswerMissing_IsPartialWithTheRestPending()
    {
        var answers = Enumerable.Repeat(Good, 6).ToList();
        answers[3] = "";
        var result = Score(Answers, new SectionRun { SectionId = "1.5", Answers = answers });
        Assert.That(result.Status, Is.EqualTo(SectionStatus.Partial));
        Assert.That(result.Score, Is.Zero);
        Assert.That(result.PendingPoints, Is.EqualTo(12.5));
        Assert.That(result.FirstProblem, Is.EqualTo("question 4 is not answered."));
    }

    [Test]
    public void Score_NoAnswers_IsFailed()
    {
        var result = Score(Answers, new SectionRun { SectionId = "1.5", Answers = Enumerable.Repeat("", 6).ToList() });
        Assert.That(result.Status, Is.EqualTo(SectionStatus.Failed));
        Assert.That(result.PendingPoints, Is.Zero);
    }

    [Test]
    public void Score_CopiesOutputDeviceAndRawRun()
    {
        var run = new SectionRun
        {
            SectionId = "1.1", Values = Weights(Optimum), RulesChecked = true, Device = "cpu",
            Output = new CapturedOutput("head\n[… 5 characters cut …]\ntail", 5),
        };
        var result = Score(ClosedForm, run);
        Assert.That(result.Output, Is.EqualTo(run.Output.Text));
        Assert.That(result.OutputTruncatedChars, Is.EqualTo(5));
        Assert.That(result.Device, Is.EqualTo("cpu"));
        Assert.That(result.Raw, Is.SameAs(run));
    }

    [Test]
    public void Score_SameRunTwice_ScoresTheSame()
    {
        var run = new SectionRun { SectionId = "1.1", Values = Weights(Optimum), RulesChecked = true, RuleViolations = [TorchUse] };
        var first = Score(ClosedForm, run);
        var second = Score(ClosedForm, run);
        Assert.That(second.Checks, Is.EqualTo(first.Checks));
        Assert.That((second.Score, second.Status), Is.EqualTo((first.Score, first.Status)));
    }

    [Test]
    public void Score_HarnessDrawsFigures_TheyAreKeptOnTheSection()
    {
        var result = Score(ClosedForm, new SectionRun { SectionId = "1.1", Values = Weights(Optimum), RulesChecked = true });
        Assert.That(result.Figures!.Select(f => f.Kind), Is.EqualTo(new[] { FigureKind.Table, FigureKind.Sample }));
    }

    [Test]
    public void Score_HarnessDrawsNothing_FiguresAreNull()
    {
        var result = Score(ClosedForm, new SectionRun { SectionId = "1.1", Values = Weights(Optimum), RulesChecked = true }, SeriesFigures.Instance);
        Assert.That(result.Figures, Is.Null, "no value is long enough to be a series");
    }
}
