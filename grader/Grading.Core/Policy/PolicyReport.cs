using Grading.Core.Rules;

namespace Grading.Core.Policy;

/// <summary>
/// Where a submission breaks the policy, sorted by what the engine does about it: a section with
/// violations in its scope is not run, and violations in <see cref="OnLoad"/> or <see cref="Unattributed"/>
/// stop the whole submission. No violation is only a warning: code the grader believes nothing calls may
/// still be called in a way it does not see.
/// </summary>
/// <param name="Sections">Per section contract (full interface name), the violations in the section's code (its
/// implementing types and everything they reach), and those in any other code of a type the section reaches.
/// Every contract asked about has an entry.</param>
/// <param name="Unattributed">Violations in code no section reaches, in a type no section reaches either (or
/// outside every type): the grader cannot tell which section could run it, so it runs none.</param>
/// <param name="OnLoad">Violations in code that runs without any section calling it: a
/// <c>[ModuleInitializer]</c> (which itself is forbidden by default) and what it reaches.</param>
public sealed record PolicyReport(
    IReadOnlyDictionary<string, IReadOnlyList<RuleViolation>> Sections,
    IReadOnlyList<RuleViolation> Unattributed,
    IReadOnlyList<RuleViolation> OnLoad)
{
    /// <summary>The violations in the scope of <paramref name="contract"/>'s section; empty for a contract not asked about.</summary>
    public IReadOnlyList<RuleViolation> ForSection(string contract) =>
        Sections.TryGetValue(contract, out var violations) ? violations : [];

    /// <summary>Whether no section may run.</summary>
    public bool BlocksAll => OnLoad.Count > 0 || Unattributed.Count > 0;

    /// <summary>No violation anywhere.</summary>
    public bool IsEmpty => !BlocksAll && Sections.Values.All(violations => violations.Count == 0);
}
