using Grading.Core.Running;

namespace Grading.Core.Audit;

/// <summary>What an audit was asked for.</summary>
public sealed record AuditOptions
{
    /// <summary>The reference solution the mutants are made from.</summary>
    public required string ReferenceFolder { get; init; }
    /// <summary>Where audit.json, audit.html and the saved grades (for resuming) go.</summary>
    public required string OutFolder { get; init; }
    /// <summary>How the grader runs each mutant (device, isolation, worker threads). The time limits are tightened
    /// from the reference's own times (<see cref="AuditTimeLimits"/>).</summary>
    public required GradingOptions Grading { get; init; }
    public int Jobs { get; init; } = 1;
    /// <summary>Audit only these sections; null audits every section with automatic value or method checks.</summary>
    public IReadOnlySet<string>? Sections { get; init; }
    /// <summary>Fail below this mutation score (percent), per section.</summary>
    public double? Threshold { get; init; }
    /// <summary>Grade every mutant again, even those with a saved grade under the same grader and assignment.</summary>
    public bool Regrade { get; init; }
}
