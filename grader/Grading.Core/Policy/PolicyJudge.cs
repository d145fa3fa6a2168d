using Grading.Core.Assignments;
using Grading.Core.Rules;
using Microsoft.CodeAnalysis;

namespace Grading.Core.Policy;

/// <summary>
/// Turns uses into policy violations: first the forbidding rules, each with its own message, then every
/// remaining use the allow-list does not cover. A use some rule names is that rule's to judge, so it is
/// never reported twice, and an API a rule lets through up to a bound is not refused by the list.
/// </summary>
internal sealed class PolicyJudge
{
    private readonly IReadOnlyList<RuleSpec> _rules;
    private readonly IReadOnlyList<RuleMatcher> _matchers;
    private readonly AllowList? _allowList;

    /// <exception cref="FormatException">A pattern is malformed.</exception>
    public PolicyJudge(SubmissionPolicy policy, IEnumerable<IAssemblySymbol> trusted)
    {
        _rules = policy.Forbidden;
        _matchers = policy.Forbidden.Select(RuleMatcher.For).ToList();
        _allowList = policy.Allowed is { } allowed ? new AllowList(allowed, trusted) : null;
    }

    /// <summary>The violations in a section's own code: the rules count like a section's rules (min and max).</summary>
    public IReadOnlyList<RuleViolation> InSection(IReadOnlyList<ApiUse> uses, Location sectionDeclaration) =>
        [.. RuleViolations.ForAll(_rules, _matchers, uses, sectionDeclaration), .. NotAllowed(uses)];

    /// <summary>The violations in code outside a section's own: code that never runs cannot fulfil a
    /// requirement, so only the rules' upper bounds count.</summary>
    public IReadOnlyList<RuleViolation> UpperBoundsOnly(IReadOnlyList<ApiUse> uses)
    {
        if (uses.Count == 0)
            return [];
        var upperBoundsOnly = _rules.Select(rule => new RuleSpec
        {
            Api = rule.Api, Min = 0, Max = rule.Max, Message = rule.Message, Except = rule.Except, SourceLine = rule.SourceLine,
        }).ToList();
        // With min 0 no "missing use" is ever reported, so the declaration is never shown.
        return [.. RuleViolations.ForAll(upperBoundsOnly, _matchers, uses, Location.None), .. NotAllowed(uses)];
    }

    private IEnumerable<RuleViolation> NotAllowed(IReadOnlyList<ApiUse> uses)
    {
        if (_allowList is null)
            yield break;
        foreach (var use in uses)
        {
            if (_allowList.Allows(use) || _matchers.Any(matcher => matcher.Matches(use)))
                continue;
            var name = NameOf(use.Symbol!);
            var position = SourcePosition.Of(use.Location);
            yield return new RuleViolation(name,
                $"Your code uses `{name}`, which submissions may not use (it is not on the assignment's list of allowed APIs). " +
                $"Found `{use.Display}` at {position}.",
                position.File, position.Line, position.Column, position.Code);
        }
    }

    // A constructor is shown as its type; everything else by its full dotted name.
    private static string NameOf(ISymbol symbol) =>
        SymbolNames.DottedName(symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor ? constructor.ContainingType : symbol);
}
