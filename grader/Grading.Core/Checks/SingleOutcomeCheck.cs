namespace Grading.Core.Checks;

/// <summary>A check that gives one verdict per section (all kinds but per-item ones like answers).</summary>
public abstract class SingleOutcomeCheck : ICheck
{
    public abstract string Kind { get; }

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context) => [Judge(context)];

    protected abstract CheckOutcome Judge(CheckContext context);
}
