using Grading.Core.Rules;

namespace Grading.Core.Policy;

/// <summary>
/// Where a submission breaks the policy, sorted by what the engine does about it: a section with
/// violations in its scope is not run, blocking violations stop the whole submission, and
/// unreachable ones are only warnings (the code cannot run).
/// </summary>
/// <param name="Sections">Per section contract (full interface name), the violations in the section's code:
/// its implementing types and everything they reach. Every contract asked about has an entry.</param>
/// <param name="Unreachable">Violations in code no section reaches and nothing runs on its own.</param>
/// <param name="Blocking">Violations in code that runs without any section calling it: a
/// <c>[ModuleInitializer]</c> (which itself is forbidden by default) and what it reaches.</param>
public sealed record PolicyReport(
    IReadOnlyDictionary<string, IReadOnlyList<RuleViolation>> Sections,
    IReadOnlyList<RuleViolation> Unreachable,
    IReadOnlyList<RuleViolation> Blocking)
{
    /// <summary>The violations in the scope of <paramref name="contract"/>'s section; empty for a contract not asked about.</summary>
    public IReadOnlyList<RuleViolation> ForSection(string contract) =>
        Sections.TryGetValue(contract, out var violations) ? violations : [];

    /// <summary>No violation anywhere, warnings included.</summary>
    public bool IsEmpty => Blocking.Count == 0 && Unreachable.Count == 0 && Sections.Values.All(violations => violations.Count == 0);
}
