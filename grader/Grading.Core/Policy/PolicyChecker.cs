using Grading.Core.Rules;
using Microsoft.CodeAnalysis;

namespace Grading.Core.Policy;

/// <summary>
/// Checks a submission against the policy (what it may use at all, and what no code may use whatever the
/// section) before anything of it runs. Every violation blocks something; "nothing calls it" is never a
/// reason to run forbidden code, since a call can hide where the walk of the code does not look:
/// <list type="bullet">
/// <item>in a section's code (its types and everything the walk sees them reach): that section;</item>
/// <item>elsewhere in a type some sections reach (name, create, call into): those sections, since they hold
/// what it takes to run it;</item>
/// <item>in a type no section reaches, or outside every type: every section (<see cref="PolicyReport.Unattributed"/>);</item>
/// <item>in a <c>[ModuleInitializer]</c> or what it reaches: every section (<see cref="PolicyReport.OnLoad"/>).</item>
/// </list>
/// </summary>
public static class PolicyChecker
{
    private const string HeldNote =
        " It is in `{0}`, which this section uses: no call to it was found, but the grader cannot rule out that the section runs it.";

    private const string UnattributedNote =
        " No section was found to use the code around it, yet the grader cannot rule out that one runs it.";

    /// <param name="compilation">The submission, as compiled for grading.</param>
    /// <param name="sectionContracts">The full names of the sections' contract interfaces. Their assemblies
    /// (the assignment's contracts) are allowed like the submission's own code.</param>
    /// <param name="policy">The policy, e.g. <see cref="DefaultPolicy.AppliedTo"/>. Within a section's code a
    /// rule counts like a section rule (min and max); elsewhere only its max counts, since code that may never
    /// run cannot fulfil a requirement.</param>
    /// <exception cref="FormatException">A pattern is malformed.</exception>
    public static PolicyReport Check(Compilation compilation, IReadOnlyList<string> sectionContracts, SubmissionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(sectionContracts);
        ArgumentNullException.ThrowIfNull(policy);
        var contracts = sectionContracts.Distinct(StringComparer.Ordinal).ToList();
        var judge = new PolicyJudge(policy, TrustedAssemblies(compilation, contracts));

        var sections = new Dictionary<string, List<RuleViolation>>(StringComparer.Ordinal);
        var walkers = new Dictionary<string, SectionCodeWalker>(StringComparer.Ordinal);
        var judged = new HashSet<(string, Microsoft.CodeAnalysis.Text.TextSpan, string)>();
        foreach (var contract in contracts)
        {
            var types = SectionTypes.Implementing(compilation, contract);
            if (types.Count == 0)
            {
                // No implementation: nothing of this section runs, and the engine reports the missing class.
                sections[contract] = [];
                continue;
            }
            var walker = new SectionCodeWalker(compilation, types);
            var uses = walker.CollectUses();
            walkers[contract] = walker;
            judged.UnionWith(uses.Select(SubmissionUses.KeyOf));
            sections[contract] = [.. judge.InSection(uses, SectionTypes.Declaration(types))];
        }

        // Module initializers run on load, whichever sections run; so does all they reach.
        var initializers = ModuleInitializers.In(compilation);
        var onLoadUses = initializers.Count == 0 ? [] : new SectionCodeWalker(compilation, [], initializers).CollectUses();
        var onLoad = judge.UpperBoundsOnly(onLoadUses);
        judged.UnionWith(onLoadUses.Select(SubmissionUses.KeyOf));

        var unattributed = new List<RuleViolation>();
        var rest = SubmissionUses.All(compilation).Where(use => !judged.Contains(SubmissionUses.KeyOf(use)));
        foreach (var held in rest.GroupBy(use => HoldingType.Of(use.Location, compilation), SymbolEqualityComparer.Default))
        {
            var violations = judge.UpperBoundsOnly(held.ToList());
            if (violations.Count == 0)
                continue;
            // Per section, the class around the code (or one it is nested in) that the section reaches.
            var reaching = held.Key is INamedTypeSymbol holder
                ? walkers
                    .Select(walker => (Contract: walker.Key, Used: HoldingType.SelfAndEnclosing(holder).FirstOrDefault(walker.Value.Reached)))
                    .Where(section => section.Used is not null)
                    .ToList()
                : [];
            if (reaching.Count == 0)
            {
                unattributed.AddRange(violations.Select(violation => violation with { Message = violation.Message + UnattributedNote }));
                continue;
            }
            foreach (var (contract, used) in reaching)
            {
                var note = string.Format(System.Globalization.CultureInfo.InvariantCulture, HeldNote, used!.Name);
                sections[contract].AddRange(violations.Select(violation => violation with { Message = violation.Message + note }));
            }
        }

        return new PolicyReport(
            sections.ToDictionary(entry => entry.Key, entry => (IReadOnlyList<RuleViolation>)entry.Value, StringComparer.Ordinal),
            unattributed,
            onLoad);
    }

    // The submission itself, and the assemblies declaring its section contracts (with the types they hand it).
    private static IEnumerable<IAssemblySymbol> TrustedAssemblies(Compilation compilation, IReadOnlyList<string> contracts) =>
        contracts
            .Select(contract => compilation.GetTypeByMetadataName(contract)?.ContainingAssembly)
            .OfType<IAssemblySymbol>()
            .Append(compilation.Assembly);
}
