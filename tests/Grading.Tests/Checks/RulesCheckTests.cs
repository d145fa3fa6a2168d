using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Rules;
using Grading.Core.Running;
using static Grading.Tests.Checks.CheckHarness;

namespace Grading.Tests.Checks;

public class RulesCheckTests
{
    private static readonly RuleSpec[] Rules =
    [
        new() { Api = "TorchSharp", Message = "no TorchSharp." },
        new() { Api = "MathNet.Numerics.LinearAlgebra.*.Solve", Message = "no Solve." },
    ];

    private static CheckOutcome Judge(SectionRun run, IReadOnlyList<RuleSpec> rules)
    {
        var section = Section(new CheckSpec { Kind = "rules", Points = 3 }, rules: rules);
        return EvaluateSection(section, run).Single();
    }

    private static RuleViolation Violation(string api, string message, int line) =>
        new(api, message, "Section12.cs", line, 9, "var x = 1;");

    [Test]
    public void Evaluate_NoViolations_PassesCountingTheRules()
    {
        var outcome = Judge(new SectionRun { SectionId = "1.2", RulesChecked = true }, Rules);
        Assert.That(outcome.Passed, Is.True);
        Assert.That(outcome.Points, Is.EqualTo(3));
        Assert.That(outcome.Message, Is.EqualTo("follows all 2 rules."));
    }

    [Test]
    public void Evaluate_SectionWithoutRules_PassesSayingSo()
    {
        var outcome = Judge(new SectionRun { SectionId = "1.2", RulesChecked = true }, []);
        Assert.That(outcome.Passed, Is.True);
        Assert.That(outcome.Message, Is.EqualTo("no rules for this section."));
    }

    [Test]
    public void Evaluate_Violations_FailWithEveryMessageJoined()
    {
        var run = new SectionRun
        {
            SectionId = "1.2", RulesChecked = true,
            RuleViolations = [Violation("TorchSharp", "no TorchSharp. Found `torch.zeros` at Section12.cs(10,9).", 10),
                              Violation("MathNet.Numerics.LinearAlgebra.*.Solve", "no Solve. Found `Solve` at Section12.cs(14,9).", 14)],
        };
        var outcome = Judge(run, Rules);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Points, Is.Zero);
        Assert.That(outcome.MaxPoints, Is.EqualTo(3));
        Assert.That(outcome.Message, Is.EqualTo("no TorchSharp. Found `torch.zeros` at Section12.cs(10,9). no Solve. Found `Solve` at Section12.cs(14,9)."));
    }

    [Test]
    public void Evaluate_RulesNotChecked_Fails()
    {
        // No class implemented the contract: a missing section must not collect the rules' points.
        var outcome = Judge(new SectionRun { SectionId = "1.2", RulesChecked = false }, Rules);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("the rules could not be checked"));
    }

    [Test]
    public void Evaluate_OnlyCouldNotTellNotes_PassesWithFullPointsAndShowsTheNote()
    {
        // The grader could not decide (a value known only at run time): the student is told, and loses nothing.
        var note = Violation("TorchSharp.*(requires_grad)", "no requires_grad. Could not tell whether `torch.zeros(...)` sets requires_grad.", 8)
            with { CouldNotTell = true };
        var outcome = Judge(new SectionRun { SectionId = "1.3", RulesChecked = true, RuleViolations = [note] }, Rules);
        Assert.That(outcome.Passed, Is.True);
        Assert.That(outcome.Points, Is.EqualTo(3));
        Assert.That(outcome.Message, Is.EqualTo("follows all 2 rules. no requires_grad. Could not tell whether `torch.zeros(...)` sets requires_grad."));
    }

    [Test]
    public void Evaluate_ViolationBesideCouldNotTellNote_Fails()
    {
        var note = Violation("TorchSharp.*(requires_grad)", "Could not tell.", 8) with { CouldNotTell = true };
        var run = new SectionRun { SectionId = "1.3", RulesChecked = true, RuleViolations = [note, Violation("TorchSharp", "no TorchSharp.", 10)] };
        var outcome = Judge(run, Rules);
        Assert.That((outcome.Passed, outcome.Points), Is.EqualTo((false, 0.0)));
    }
}
