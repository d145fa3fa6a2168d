using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>
/// One syntactic use of a symbol in a section's code: a member access, call, object creation,
/// operator, indexer or type reference.
/// </summary>
/// <param name="Location">Where the use is (the member's name, the operator, the type).</param>
/// <param name="Display">How the message shows the symbol, e.g. <c>Matrix&lt;double&gt;.Solve(...)</c>.</param>
/// <param name="SymbolNames">Every dotted name the use answers to: the symbol itself, the members it
/// overrides, its original definition, an extension's static class.</param>
/// <param name="NonFalseArguments">Parameters of the used member given a value other than the constant
/// false (or null), by parameter name, with the source text of that value.</param>
internal sealed record ApiUse(
    Location Location,
    string Display,
    IReadOnlyList<string> SymbolNames,
    IReadOnlyDictionary<string, string> NonFalseArguments)
{
    /// <summary>The symbol used, or null for a use of a language feature (<c>unsafe</c>, <c>async</c>, <c>dynamic</c>),
    /// which only the deny rules judge. The allow-list needs it: it tells types from members, and the
    /// submission's own code from a library's.</summary>
    public ISymbol? Symbol { get; init; }
}
