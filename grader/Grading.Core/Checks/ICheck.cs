namespace Grading.Core.Checks;

/// <summary>One kind of check (the <c>kind:</c> of a check in assignment.yml).</summary>
public interface ICheck
{
    string Kind { get; }

    /// <summary>Judges a section's raw run. Most kinds yield one outcome; some (answers) one per item.</summary>
    IEnumerable<CheckOutcome> Evaluate(CheckContext context);
}
