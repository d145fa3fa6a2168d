using Grading.Core.Assignments;

namespace Grading.Core.Rules;

/// <summary>A rule's pattern together with the patterns its <c>except</c> list carves out of it.</summary>
internal sealed class RuleMatcher
{
    private readonly IReadOnlyList<ApiPattern> _except;

    private RuleMatcher(ApiPattern pattern, IReadOnlyList<ApiPattern> except)
    {
        Pattern = pattern;
        _except = except;
    }

    /// <summary>The rule's own pattern (its parameter names what a message shows).</summary>
    public ApiPattern Pattern { get; }

    /// <exception cref="FormatException">The rule's pattern or one of its exceptions is malformed.</exception>
    public static RuleMatcher For(RuleSpec rule) =>
        new(ApiPattern.Parse(rule.Api), rule.Except.Select(ApiPattern.Parse).ToList());

    /// <summary>Whether the use is of the named API and not excepted, leaving the parameter to be judged per run.</summary>
    public bool NamesUse(ApiUse use) => Pattern.NamesUse(use) && !_except.Any(exception => exception.Matches(use));

    public bool Matches(ApiUse use) => Pattern.Matches(use) && !_except.Any(exception => exception.Matches(use));
}
