using Grading.Core.Rules;
using Microsoft.CodeAnalysis;

namespace Grading.Core.Policy;

/// <summary>
/// Decides whether a use is of an API a submission may use: the submission's own code, the assignment's
/// contracts, or something an allowed pattern names. Language features without a symbol (<c>unsafe</c>,
/// <c>async</c>, <c>dynamic</c>) are left to the forbidding rules.
/// </summary>
internal sealed class AllowList
{
    private readonly IReadOnlyList<ApiPattern> _patterns;
    private readonly HashSet<IAssemblySymbol> _trusted;

    /// <param name="patterns">The allowed patterns.</param>
    /// <param name="trusted">Assemblies whose every symbol is allowed: the submission and its contracts.</param>
    /// <exception cref="FormatException">A pattern is malformed.</exception>
    public AllowList(IEnumerable<string> patterns, IEnumerable<IAssemblySymbol> trusted)
    {
        _patterns = patterns.Select(ApiPattern.Parse).ToList();
        _trusted = new HashSet<IAssemblySymbol>(trusted, SymbolEqualityComparer.Default);
    }

    public bool Allows(ApiUse use)
    {
        if (use.Symbol is not { } symbol || IsTrusted(symbol))
            return true;
        if (use.SymbolNames.Any(name => _patterns.Any(pattern => pattern.MatchesName(name))))
            return true;
        // Naming a type whose members may be used is harmless on its own: `Type t = typeof(X);`.
        return symbol is ITypeSymbol && use.SymbolNames.Any(name => _patterns.Any(pattern => pattern.NamesSomethingInside(name)));
    }

    private bool IsTrusted(ISymbol symbol)
    {
        while (symbol is IArrayTypeSymbol or IPointerTypeSymbol)
            symbol = symbol is IArrayTypeSymbol array ? array.ElementType : ((IPointerTypeSymbol)symbol).PointedAtType;
        // Type parameters are the submission's own; anonymous and error types belong to no library.
        if (symbol is ITypeParameterSymbol || symbol.ContainingAssembly is null)
            return true;
        return _trusted.Contains(symbol.ContainingAssembly);
    }
}
