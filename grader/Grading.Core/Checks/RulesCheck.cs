namespace Grading.Core.Checks;

/// <summary>The section's code keeps to the section's rules (which APIs it must and must not use).</summary>
public sealed class RulesCheck : SingleOutcomeCheck
{
    public override string Kind => "rules";

    protected override CheckOutcome Judge(CheckContext context)
    {
        var run = context.Run;
        if (!run.RulesChecked) return context.Fail("the rules could not be checked: no class implements the section's contract.");
        var broken = run.RuleViolations.Where(v => !v.CouldNotTell).ToList();
        if (broken.Count > 0) return context.Fail(string.Join(" ", run.RuleViolations.Select(v => v.Message)));
        // What the grader could not decide costs nothing, but the student is told about it.
        var notes = string.Concat(run.RuleViolations.Select(v => " " + v.Message));
        return context.Pass((context.Section.Rules.Count == 0 ? "no rules for this section." : $"follows all {context.Section.Rules.Count} rules.") + notes);
    }
}
