using Grading.Core.Assignments;
using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>Turns a rule and the uses that match it into violations with student-readable messages.</summary>
internal static class RuleViolations
{
    /// <summary>The violations of every rule in <paramref name="uses"/>, rule by rule, each rule's in source order.</summary>
    /// <param name="matchers">The rules' matchers, index for index.</param>
    /// <param name="runs">How each use runs for the section (call sites, loops, arguments); null counts every
    /// use once as written and any argument not literally false as set (the policy).</param>
    public static IReadOnlyList<RuleViolation> ForAll(
        IReadOnlyList<RuleSpec> rules, IReadOnlyList<RuleMatcher> matchers, IReadOnlyList<ApiUse> uses, Location sectionDeclaration,
        SectionRuns? runs = null, Compilation? compilation = null)
    {
        var violations = new List<RuleViolation>();
        for (var i = 0; i < rules.Count; i++)
        {
            var matches = RuleMatch.Find(matchers[i], uses, runs, compilation);
            violations.AddRange(For(rules[i], matchers[i].Pattern, matches, sectionDeclaration));
        }
        return violations;
    }

    /// <param name="rule">The rule, with its bounds and message.</param>
    /// <param name="pattern">The rule's parsed pattern.</param>
    /// <param name="matches">The section's uses matching the pattern, in source order.</param>
    /// <param name="sectionDeclaration">Where a missing use is reported.</param>
    public static IEnumerable<RuleViolation> For(RuleSpec rule, ApiPattern pattern, IReadOnlyList<RuleMatch> matches, Location sectionDeclaration)
    {
        var decided = matches.Where(match => match.Decided.Count > 0).ToList();
        var undecided = matches.Where(match => match.Undecided.Count > 0).ToList();
        var count = decided.Aggregate((int?)0, (sum, match) => Repetition.Add(sum, match.Times));
        if (rule.Max is { } max && (count is null || count > max))
        {
            if (max == 0)
            {
                // A forbidden API: each use is its own mistake, reported where it is.
                foreach (var match in decided)
                {
                    var position = SourcePosition.Of(match.Use.Location);
                    yield return Create(rule, $"Found `{RunText.Describe(match, pattern)}` at {position}.{RunText.Provenance(match, pattern)}", position);
                }
            }
            else if (decided.All(match => match.Plain))
            {
                // Too many uses: no single one is wrong, so report once, at the first use over the limit.
                var position = SourcePosition.Of(decided[max].Use.Location);
                yield return Create(rule, $"Found {decided.Count} uses ({RunText.Lines(decided.Select(match => match.Use))}); at most {max} allowed.", position);
            }
            else
            {
                // Code that runs more than once: say what ran how often, and where the repeats come from.
                var position = SourcePosition.Of(decided.First(match => !match.Plain).Use.Location);
                var total = count is { } known ? $"{known}" : $"more than {max}";
                yield return Create(rule, $"Found {total} when the code runs (at most {max} allowed): {string.Join("; ", decided.Select(match => RunText.Runs(match, pattern)))}.", position);
            }
        }
        else if (rule.Max is { } limit && undecided.Count > 0 && (count ?? 0) + undecided.Count > limit)
        {
            foreach (var match in undecided.Where(match => match.Decided.Count == 0))
                yield return CouldNotTell(rule, match, pattern);
        }

        if (count < rule.Min)
        {
            if (count + undecided.Count >= rule.Min)
            {
                foreach (var match in undecided)
                    yield return CouldNotTell(rule, match, pattern);
                yield break;
            }
            var position = SourcePosition.Of(sectionDeclaration);
            var found = decided.Count == 0
                ? $"No use of {rule.Api} found."
                : $"Found {Uses(decided.Count)} ({RunText.Lines(decided.Select(match => match.Use))}); at least {rule.Min} required.";
            yield return Create(rule, found, position);
        }
    }

    private static RuleViolation CouldNotTell(RuleSpec rule, RuleMatch match, ApiPattern pattern)
    {
        var position = SourcePosition.Of(match.Use.Location);
        var value = match.Undecided[0].Argument.Text;
        var note = $"Could not tell whether `{match.Use.Display}` at {position} sets {pattern.ParameterName}: " +
                   $"`{value}` is only known when the code runs. Not deducted; pass a constant (true or false) to be sure.";
        return Create(rule, note, position) with { CouldNotTell = true };
    }

    private static RuleViolation Create(RuleSpec rule, string found, SourcePosition position) =>
        new(rule.Api, $"{rule.Message} {found}", position.File, position.Line, position.Column, position.Code);

    private static string Uses(int count) => count == 1 ? "1 use" : $"{count} uses";
}
