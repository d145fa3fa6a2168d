using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>
/// Dynamic binding as a use of the pseudo-API <c>dynamic</c>. A member reached through a <c>dynamic</c>
/// value is bound at run time, so no rule or policy pattern can see which member it is
/// (<c>((dynamic)tensor).save(path)</c> would pass a <c>forbid: ...Tensor.save</c>); the only sound
/// answer is to report the binding itself. Both the keyword and every late-bound name are reported.
/// </summary>
internal static class DynamicBinding
{
    public const string Name = "dynamic";

    public static IReadOnlyList<string> Names { get; } = [Name];

    /// <summary>Whether <paramref name="info"/> (of a name) is the type <c>dynamic</c> or a member bound at run time.</summary>
    public static bool IsDynamic(SymbolInfo info) =>
        info.Symbol is IDynamicTypeSymbol || (info.Symbol is null && info.CandidateReason == CandidateReason.LateBound);
}
