using Grading.Core.Rules;
using Microsoft.CodeAnalysis;

namespace Grading.Core.Policy;

/// <summary>The submission's <c>[ModuleInitializer]</c> methods: the runtime calls them when it loads the assembly.</summary>
internal static class ModuleInitializers
{
    private const string AttributeName = "System.Runtime.CompilerServices.ModuleInitializerAttribute";

    public static IReadOnlyList<IMethodSymbol> In(Compilation compilation) =>
        SectionTypes.SourceTypes(compilation.Assembly.GlobalNamespace)
            .SelectMany(type => type.GetMembers().OfType<IMethodSymbol>())
            // By name, as the compiler does: a submission may declare its own attribute of that name.
            .Where(method => method.GetAttributes().Any(attribute =>
                attribute.AttributeClass is { } attributeClass && SymbolNames.DottedName(attributeClass) == AttributeName))
            .ToList();
}
