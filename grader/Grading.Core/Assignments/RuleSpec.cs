namespace Grading.Core.Assignments;

/// <summary>
/// A static rule on the API a section's code uses. In YAML either <c>forbid: PATTERN</c> (at most 0
/// uses) or <c>require: PATTERN</c> (at least 1), optionally with explicit <c>min</c>/<c>max</c>.
/// </summary>
public sealed class RuleSpec
{
    /// <summary>Symbol pattern: a namespace, type or member name, dotted, generic arity dropped;
    /// <c>*</c> matches one name segment. A trailing <c>(name)</c> names a parameter of the member.
    /// Alternatives separated by <c>|</c> count the uses of any of them.</summary>
    public required string Api { get; init; }
    /// <summary>Fewest uses allowed (0 for a forbid).</summary>
    public int Min { get; init; }
    /// <summary>Most uses allowed (null: no upper bound).</summary>
    public int? Max { get; init; }
    /// <summary>Patterns carved out of <see cref="Api"/>: a use matching one of them never counts. Lets a rule
    /// forbid a namespace but keep one harmless member, e.g. <c>System.Reflection</c> except
    /// <c>System.Reflection.MemberInfo.Name</c>, which <c>typeof(X).Name</c> resolves to.</summary>
    public IReadOnlyList<string> Except { get; init; } = [];
    /// <summary>What the student reads when the rule is broken.</summary>
    public required string Message { get; init; }
    /// <summary>Line of the rule in the YAML file, for error messages.</summary>
    public int SourceLine { get; init; }
}
