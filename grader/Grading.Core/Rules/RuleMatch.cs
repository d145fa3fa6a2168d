using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>
/// One use of a rule's API and the ways it runs for the section: those where the rule's parameter is
/// known to be set (or the rule names no parameter), and those where the value passed is only known when
/// the code runs.
/// </summary>
internal sealed record RuleMatch(ApiUse Use, IReadOnlyList<(UseRun Run, ArgumentValue? Argument)> Decided, IReadOnlyList<(UseRun Run, ArgumentValue Argument)> Undecided)
{
    /// <summary>How many times the use runs with the parameter set; null when more than once, count unknown.</summary>
    public int? Times => Decided.Aggregate((int?)0, (sum, decided) => Repetition.Add(sum, decided.Run.Repeats.Times));

    /// <summary>Whether it is counted as written: one run, once.</summary>
    public bool Plain => Decided is [{ Run.Repeats.Times: 1 }];

    /// <summary>The uses matching <paramref name="matcher"/>, each with its runs. Without <paramref name="runs"/>
    /// (the policy) every use runs once as written and any argument not literally false or null sets the parameter.</summary>
    public static IReadOnlyList<RuleMatch> Find(RuleMatcher matcher, IReadOnlyList<ApiUse> uses, SectionRuns? runs, Compilation? compilation)
    {
        var matches = new List<RuleMatch>();
        var parameter = matcher.Pattern.ParameterName;
        foreach (var use in uses)
        {
            if (runs is null || compilation is null || use.Location.SourceTree is not { } tree)
            {
                if (matcher.Matches(use))
                    matches.Add(new RuleMatch(use, [(UseRun.AsWritten, null)], []));
                continue;
            }
            if (parameter is null ? !matcher.Matches(use) : !matcher.NamesUse(use))
                continue;
            var useRuns = runs.Of(use);
            var argument = parameter is null ? null : ArgumentEvaluator.ArgumentOf(use, parameter, SemanticModels.For(compilation, tree));
            if (parameter is null || argument is null)
            {
                // No parameter to judge, or a shape the evaluator does not know: the written arguments decide.
                if (parameter is null || use.NonFalseArguments.ContainsKey(parameter))
                    matches.Add(new RuleMatch(use, useRuns.Select(run => (run, (ArgumentValue?)null)).ToList(), []));
                continue;
            }
            var decided = new List<(UseRun, ArgumentValue?)>();
            var undecided = new List<(UseRun, ArgumentValue)>();
            foreach (var run in useRuns)
            {
                var value = ArgumentEvaluator.Evaluate(argument, run.Bindings);
                if (value.IsFalseOrNull)
                    continue;
                if (value.Known || runs.Truncated)
                    decided.Add((run, value));
                else
                    undecided.Add((run, value));
            }
            if (decided.Count + undecided.Count > 0)
                matches.Add(new RuleMatch(use, decided, undecided));
        }
        return matches;
    }
}
