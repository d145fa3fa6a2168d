using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Rules;

/// <summary>Finds a section's code by its contract: the submission's classes and structs implementing it.</summary>
internal static class SectionTypes
{
    /// <summary>The source types implementing <paramref name="contractInterfaceFullName"/>; empty when the
    /// contract is unknown or nothing implements it (the engine reports that itself).</summary>
    public static IReadOnlyList<INamedTypeSymbol> Implementing(Compilation compilation, string contractInterfaceFullName)
    {
        if (compilation.GetTypeByMetadataName(contractInterfaceFullName) is not { TypeKind: TypeKind.Interface } contract)
            return [];
        return SourceTypes(compilation.Assembly.GlobalNamespace)
            .Where(type => type.TypeKind is TypeKind.Class or TypeKind.Struct)
            .Where(type => type.AllInterfaces.Any(@interface => SymbolEqualityComparer.Default.Equals(@interface.OriginalDefinition, contract)))
            .ToList();
    }

    /// <summary>Every type declared in <paramref name="namespace"/> and below, nested types included.</summary>
    public static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol @namespace)
    {
        foreach (var type in @namespace.GetTypeMembers().SelectMany(SelfAndNested))
            yield return type;
        foreach (var child in @namespace.GetNamespaceMembers())
        {
            foreach (var type in SourceTypes(child))
                yield return type;
        }
    }

    /// <summary>Where a missing use is reported: the name of the first implementing type, in file order.</summary>
    public static Location Declaration(IEnumerable<INamedTypeSymbol> sectionTypes) =>
        sectionTypes
            .SelectMany(type => type.DeclaringSyntaxReferences)
            .Select(reference => reference.GetSyntax())
            .Select(syntax => syntax is BaseTypeDeclarationSyntax declaration ? declaration.Identifier.GetLocation() : syntax.GetLocation())
            .OrderBy(location => location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(location => location.SourceSpan.Start)
            .First();

    private static IEnumerable<INamedTypeSymbol> SelfAndNested(INamedTypeSymbol type) =>
        type.GetTypeMembers().SelectMany(SelfAndNested).Prepend(type);
}
