namespace Grading.Core.Checks;

/// <summary>The section's code keeps to the section's rules (which APIs it must and must not use).</summary>
public sealed class RulesCheck : ICheck
{
    public string Kind => "rules";

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        var run = context.Run;
        if (!run.RulesChecked)
            yield return context.Fail("the rules could not be checked: no class implements the section's contract.");
        else if (run.RuleViolations.Count == 0)
            yield return context.Pass(context.Section.Rules.Count == 0 ? "no rules for this section." : $"follows all {context.Section.Rules.Count} rules.");
        else
            yield return context.Fail(string.Join(" ", run.RuleViolations.Select(v => v.Message)));
    }
}
