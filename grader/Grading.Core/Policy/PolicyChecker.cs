using Grading.Core.Assignments;
using Grading.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Grading.Core.Policy;

/// <summary>
/// Checks a submission against the policy (APIs no code may use, whatever the section) before
/// anything of it runs. Each violation lands where it matters: in the scope of every section that
/// can run it, in <see cref="PolicyReport.Blocking"/> when it runs on load, or in
/// <see cref="PolicyReport.Unreachable"/> when nothing can run it.
/// </summary>
public static class PolicyChecker
{
    /// <param name="compilation">The submission, as compiled for grading.</param>
    /// <param name="sectionContracts">The full names of the sections' contract interfaces.</param>
    /// <param name="policy">The policy's entries, e.g. <see cref="DefaultPolicy.AppliedTo"/>. Within a section's
    /// scope an entry counts like a section rule (min and max); elsewhere only its max counts, since
    /// code that never runs cannot fulfil a requirement.</param>
    /// <exception cref="FormatException">An entry's pattern is malformed.</exception>
    public static PolicyReport Check(Compilation compilation, IReadOnlyList<string> sectionContracts, IReadOnlyList<RuleSpec> policy)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(sectionContracts);
        ArgumentNullException.ThrowIfNull(policy);
        var matchers = policy.Select(RuleMatcher.For).ToList();

        var sections = new Dictionary<string, IReadOnlyList<RuleViolation>>(StringComparer.Ordinal);
        var reachedBySections = new HashSet<(string, TextSpan)>();
        foreach (var contract in sectionContracts.Distinct(StringComparer.Ordinal))
        {
            var types = SectionTypes.Implementing(compilation, contract);
            if (types.Count == 0)
            {
                // No implementation: nothing of this section runs, and the engine reports the missing class.
                sections[contract] = [];
                continue;
            }
            var uses = new SectionCodeWalker(compilation, types).CollectUses();
            reachedBySections.UnionWith(uses.Select(SubmissionUses.KeyOf));
            sections[contract] = RuleViolations.ForAll(policy, matchers, uses, SectionTypes.Declaration(types));
        }

        // Module initializers run on load, whichever sections run; so does all they reach.
        var initializers = ModuleInitializers.In(compilation);
        var onLoad = initializers.Count == 0 ? [] : new SectionCodeWalker(compilation, [], initializers).CollectUses();
        var blocking = UpperBoundViolations(policy, matchers, onLoad);

        var runsOnLoad = onLoad.Select(SubmissionUses.KeyOf).ToHashSet();
        var neverRun = SubmissionUses.All(compilation)
            .Where(use => !reachedBySections.Contains(SubmissionUses.KeyOf(use)) && !runsOnLoad.Contains(SubmissionUses.KeyOf(use)))
            .ToList();
        var unreachable = UpperBoundViolations(policy, matchers, neverRun);

        return new PolicyReport(sections, unreachable, blocking);
    }

    // Outside a section there is no section to require anything of: only too many uses count.
    private static IReadOnlyList<RuleViolation> UpperBoundViolations(IReadOnlyList<RuleSpec> policy, IReadOnlyList<RuleMatcher> matchers, IReadOnlyList<ApiUse> uses)
    {
        if (uses.Count == 0)
            return [];
        var upperBoundsOnly = policy.Select(entry => new RuleSpec
        {
            Api = entry.Api, Min = 0, Max = entry.Max, Message = entry.Message, Except = entry.Except, SourceLine = entry.SourceLine,
        }).ToList();
        // With min 0 no "missing use" is ever reported, so the declaration is never shown.
        return RuleViolations.ForAll(upperBoundsOnly, matchers, uses, Location.None);
    }
}
