using Grading.Core.Assignments;
using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>
/// Checks a section's static rules (<c>forbid</c>, <c>require</c>, <c>min</c>/<c>max</c> in
/// assignment.yml) against the submission's code for that section, through Roslyn's semantic model.
/// </summary>
public sealed class RuleChecker
{
    /// <summary>
    /// The violations of <paramref name="rules"/> in the code of the section whose contract is
    /// <paramref name="contractInterfaceFullName"/>, rule by rule, each rule's in source order.
    /// Empty when the contract is unknown or nothing implements it: the engine reports that itself.
    /// </summary>
    /// <exception cref="FormatException">A rule's pattern is malformed.</exception>
    public IReadOnlyList<RuleViolation> Check(Compilation compilation, string contractInterfaceFullName, IReadOnlyList<RuleSpec> rules)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(rules);
        var matchers = rules.Select(RuleMatcher.For).ToList();

        var sectionTypes = SectionTypes.Implementing(compilation, contractInterfaceFullName);
        if (sectionTypes.Count == 0)
            return [];

        // The section's code is what runs for it: its contract's members and what the engine runs creating the
        // object, with all they call; not the rest of its class, which may be another section's.
        var entries = SectionEntryPoints.Of(compilation, contractInterfaceFullName, sectionTypes);
        var uses = new SectionCodeWalker(compilation, [], entries, SectionEntryPoints.OtherSections(compilation, contractInterfaceFullName)).CollectUses();
        var runs = SectionRuns.Trace(compilation, entries);
        return RuleViolations.ForAll(rules, matchers, uses, SectionTypes.Declaration(sectionTypes), runs, compilation);
    }
}
