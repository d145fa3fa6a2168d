using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Policy;

/// <summary>The submission's type whose declaration holds a piece of source, and the types around it.</summary>
internal static class HoldingType
{
    /// <summary>The innermost type (class, struct, record, interface, enum, delegate) declared around
    /// <paramref name="location"/>; null for source outside every type, such as an assembly attribute.</summary>
    public static INamedTypeSymbol? Of(Location location, Compilation compilation)
    {
        if (location.SourceTree is not { } tree || !compilation.ContainsSyntaxTree(tree))
            return null;
        var node = tree.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        var declaration = node.AncestorsAndSelf().FirstOrDefault(ancestor => ancestor is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax);
        return declaration is null ? null : Rules.SemanticModels.For(compilation, tree).GetDeclaredSymbol(declaration) as INamedTypeSymbol;
    }

    /// <summary><paramref name="type"/> and the types it is nested in, innermost first.</summary>
    public static IEnumerable<INamedTypeSymbol> SelfAndEnclosing(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
            yield return current;
    }
}
