using Grading.Core.Assignments;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Rules;

/// <summary>
/// Checks a section's static rules (<c>forbid</c>, <c>require</c>, <c>min</c>/<c>max</c> in
/// assignment.yml) against the submission's code for that section, through Roslyn's semantic model.
/// </summary>
public sealed class RuleChecker
{
    /// <summary>
    /// The violations of <paramref name="rules"/> in the code of the section whose contract is
    /// <paramref name="contractInterfaceFullName"/>, rule by rule, each rule's in source order.
    /// Empty when the contract is unknown or nothing implements it: the engine reports that itself.
    /// </summary>
    /// <exception cref="FormatException">A rule's pattern is malformed.</exception>
    public IReadOnlyList<RuleViolation> Check(Compilation compilation, string contractInterfaceFullName, IReadOnlyList<RuleSpec> rules)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(rules);
        var patterns = rules.Select(rule => ApiPattern.Parse(rule.Api)).ToList();

        if (compilation.GetTypeByMetadataName(contractInterfaceFullName) is not { TypeKind: TypeKind.Interface } contract)
            return [];
        var sectionTypes = SourceTypes(compilation.Assembly.GlobalNamespace)
            .Where(type => type.TypeKind is TypeKind.Class or TypeKind.Struct)
            .Where(type => type.AllInterfaces.Any(@interface => SymbolEqualityComparer.Default.Equals(@interface.OriginalDefinition, contract)))
            .ToList();
        if (sectionTypes.Count == 0)
            return [];

        var uses = new SectionCodeWalker(compilation, sectionTypes).CollectUses();
        var declaration = SectionDeclaration(sectionTypes);
        var violations = new List<RuleViolation>();
        for (var i = 0; i < rules.Count; i++)
        {
            var matches = uses.Where(patterns[i].Matches).ToList();
            violations.AddRange(RuleViolations.For(rules[i], patterns[i], matches, declaration));
        }
        return violations;
    }

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol @namespace)
    {
        foreach (var type in @namespace.GetTypeMembers().SelectMany(SelfAndNested))
            yield return type;
        foreach (var child in @namespace.GetNamespaceMembers())
        {
            foreach (var type in SourceTypes(child))
                yield return type;
        }
    }

    private static IEnumerable<INamedTypeSymbol> SelfAndNested(INamedTypeSymbol type) =>
        type.GetTypeMembers().SelectMany(SelfAndNested).Prepend(type);

    /// <summary>Where a missing use is reported: the name of the first implementing type, in file order.</summary>
    private static Location SectionDeclaration(IEnumerable<INamedTypeSymbol> sectionTypes) =>
        sectionTypes
            .SelectMany(type => type.DeclaringSyntaxReferences)
            .Select(reference => reference.GetSyntax())
            .Select(syntax => syntax is BaseTypeDeclarationSyntax declaration ? declaration.Identifier.GetLocation() : syntax.GetLocation())
            .OrderBy(location => location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(location => location.SourceSpan.Start)
            .First();
}
