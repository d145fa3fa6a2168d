using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Running;
using static Grading.Tests.Checks.CheckHarness;

namespace Grading.Tests.Checks;

public class AnswersCheckTests
{
    private const string Good = "Gradient descent converges slowly because the features are correlated.";

    // Section 1.5: six questions worth 15 points together, so 2.5 each.
    private static IReadOnlyList<CheckOutcome> Judge(params string[]? answers)
    {
        var questions = Enumerable.Range(1, 6).Select(q => new QuestionSpec { Text = $"Question {q}?" }).ToList();
        var section = Section(new CheckSpec { Kind = "answers", Points = 15 }, questions);
        return EvaluateSection(section, new SectionRun { SectionId = "1.5", Answers = answers });
    }

    [Test]
    public void Evaluate_AllAnswered_EveryAnswerPendingWithAnEvenShare()
    {
        var outcomes = Judge(Good, Good, Good, Good, Good, Good);
        Assert.That(outcomes, Has.Count.EqualTo(6));
        Assert.That(outcomes.Select(o => o.Name), Is.EqualTo(new[] { "answer 1", "answer 2", "answer 3", "answer 4", "answer 5", "answer 6" }));
        Assert.That(outcomes.Select(o => (o.Passed, o.Pending, o.Points, o.MaxPoints)), Has.All.EqualTo((true, true, 0.0, 2.5)));
        Assert.That(outcomes[0].Message, Does.Contain("pending a TA's grade"));
    }

    [Test]
    public void Evaluate_AllEmpty_EveryAnswerFailsAsNotImplemented()
    {
        var outcomes = Judge("", "", " ", "", "\n", "");
        Assert.That(outcomes, Has.Count.EqualTo(6));
        Assert.That(outcomes.Select(o => (o.Passed, o.Pending, o.Points, o.MaxPoints)), Has.All.EqualTo((false, false, 0.0, 2.5)));
        Assert.That(outcomes.Select(o => o.Message), Has.All.StartsWith("not implemented"));
    }

    [Test]
    public void Evaluate_NoAnswersAtAll_FailsAsNotImplemented()
    {
        Assert.That(Judge().Select(o => o.Message).ToList(), Has.Count.EqualTo(6).And.All.StartsWith("not implemented"));
        Assert.That(Judge(null).Select(o => o.Message).ToList(), Has.Count.EqualTo(6).And.All.StartsWith("not implemented"));
    }

    [Test]
    public void Evaluate_OneEmpty_OnlyThatOneFails()
    {
        var outcomes = Judge(Good, Good, Good, "", Good, Good);
        var failed = outcomes.Where(o => !o.Passed).ToList();
        Assert.That(failed.Select(o => o.Name), Is.EqualTo(new[] { "answer 4" }));
        Assert.That(failed[0].Message, Is.EqualTo("question 4 is not answered."));
        Assert.That(outcomes.Where(o => o.Pending).Sum(o => o.MaxPoints), Is.EqualTo(12.5));
    }

    [Test]
    public void Evaluate_TwoWordAnswer_FailsBelowMinWords()
    {
        var outcomes = Judge(Good, "Not sure.", Good, Good, Good, Good);
        Assert.That(outcomes[1].Passed, Is.False);
        Assert.That(outcomes[1].Pending, Is.False);
        Assert.That(outcomes[1].Message, Is.EqualTo("the answer to question 2 has 2 words; at least 5 are expected."));
        Assert.That(outcomes.Count(o => o.Pending), Is.EqualTo(5));
    }

    [Test]
    public void Evaluate_FewerAnswersThanQuestions_TheMissingOnesFail()
    {
        var outcomes = Judge(Good, Good, Good, Good);
        Assert.That(outcomes.Where(o => !o.Passed).Select(o => o.Message), Is.EqualTo(new[]
        {
            "question 5 is not answered.", "question 6 is not answered.",
        }));
    }

    [Test]
    public void Evaluate_ExtraAnswers_AddAZeroPointWarning()
    {
        var outcomes = Judge(Good, Good, Good, Good, Good, Good, Good);
        Assert.That(outcomes, Has.Count.EqualTo(7));
        var extra = outcomes[^1];
        Assert.That(extra.Name, Is.EqualTo("answer count"));
        Assert.That(extra.MaxPoints, Is.Zero);
        Assert.That(extra.Message, Does.StartWith("7 answers for 6 questions"));
    }
}
