using Grading.Core.Assignments;
using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>Turns a rule and the uses that match it into violations with student-readable messages.</summary>
internal static class RuleViolations
{
    /// <summary>The violations of every rule in <paramref name="uses"/>, rule by rule, each rule's in source order.</summary>
    /// <param name="matchers">The rules' matchers, index for index.</param>
    public static IReadOnlyList<RuleViolation> ForAll(
        IReadOnlyList<RuleSpec> rules, IReadOnlyList<RuleMatcher> matchers, IReadOnlyList<ApiUse> uses, Location sectionDeclaration)
    {
        var violations = new List<RuleViolation>();
        for (var i = 0; i < rules.Count; i++)
        {
            var matches = uses.Where(matchers[i].Matches).ToList();
            violations.AddRange(For(rules[i], matchers[i].Pattern, matches, sectionDeclaration));
        }
        return violations;
    }

    /// <param name="rule">The rule, with its bounds and message.</param>
    /// <param name="pattern">The rule's parsed pattern.</param>
    /// <param name="matches">The section's uses matching the pattern, in source order.</param>
    /// <param name="sectionDeclaration">Where a missing use is reported.</param>
    public static IEnumerable<RuleViolation> For(RuleSpec rule, ApiPattern pattern, IReadOnlyList<ApiUse> matches, Location sectionDeclaration)
    {
        if (rule.Max is { } max && matches.Count > max)
        {
            if (max == 0)
            {
                // A forbidden API: each use is its own mistake, reported where it is.
                foreach (var use in matches)
                {
                    var position = SourcePosition.Of(use.Location);
                    yield return Create(rule, $"Found `{Describe(use, pattern)}` at {position}.", position);
                }
            }
            else
            {
                // Too many uses: no single one is wrong, so report once, at the first use over the limit.
                var position = SourcePosition.Of(matches[max].Location);
                yield return Create(rule, $"Found {matches.Count} uses ({Lines(matches)}); at most {max} allowed.", position);
            }
        }

        if (matches.Count < rule.Min)
        {
            var position = SourcePosition.Of(sectionDeclaration);
            var found = matches.Count == 0
                ? $"No use of {rule.Api} found."
                : $"Found {Uses(matches.Count)} ({Lines(matches)}); at least {rule.Min} required.";
            yield return Create(rule, found, position);
        }
    }

    private static RuleViolation Create(RuleSpec rule, string found, SourcePosition position) =>
        new(rule.Api, $"{rule.Message} {found}", position.File, position.Line, position.Column, position.Code);

    private static string Describe(ApiUse use, ApiPattern pattern) =>
        pattern.ParameterName is { } parameter && use.NonFalseArguments.TryGetValue(parameter, out var argument)
            ? $"{use.Display}` with `{argument}"
            : use.Display;

    private static string Uses(int count) => count == 1 ? "1 use" : $"{count} uses";

    // "lines 10, 14" when the uses share a file; with the file names when a helper file is involved.
    private static string Lines(IReadOnlyList<ApiUse> uses)
    {
        var positions = uses.Select(use => SourcePosition.Of(use.Location)).ToList();
        var lineWord = positions.Count == 1 ? "line" : "lines";
        if (positions.Select(position => position.File).Distinct().Count() == 1)
            return $"{lineWord} {string.Join(", ", positions.Select(position => position.Line))}";
        return string.Join(", ", positions.Select(position => $"{position.File} line {position.Line}"));
    }
}
