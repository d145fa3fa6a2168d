using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Rules;

/// <summary>
/// Where a section's code starts: the members implementing its contract (implicitly, explicitly, or in a
/// base class), and what the runtime runs for it anyway when the engine creates the object (the
/// parameterless constructor <c>Activator.CreateInstance</c> calls, initializers, the static constructor).
/// One class implementing two contracts is two sections' code: each starts from its own members.
/// </summary>
internal static class SectionEntryPoints
{
    public static IReadOnlyList<ISymbol> Of(Compilation compilation, string contractInterfaceFullName, IReadOnlyList<INamedTypeSymbol> sectionTypes)
    {
        if (compilation.GetTypeByMetadataName(contractInterfaceFullName) is not { TypeKind: TypeKind.Interface } contract)
            return [];
        var entries = new List<ISymbol>();
        var contractMembers = contract.AllInterfaces.Prepend(contract).SelectMany(@interface => @interface.GetMembers()).ToList();
        foreach (var type in sectionTypes)
        {
            foreach (var member in contractMembers)
            {
                if (type.FindImplementationForInterfaceMember(member) is { } implementation)
                    entries.Add(implementation);
            }
            entries.AddRange(ConstructorsRun(type));
            for (var current = type; current is not null; current = current.BaseType)
                entries.AddRange(current.GetMembers().Where(RunsOnCreation));
        }
        return entries;
    }

    /// <summary>Whether an interface is another section's contract: declared beside this one, and not this one or a base of it.</summary>
    public static Func<INamedTypeSymbol, bool> OtherSections(Compilation compilation, string contractInterfaceFullName)
    {
        if (compilation.GetTypeByMetadataName(contractInterfaceFullName) is not { TypeKind: TypeKind.Interface } contract)
            return _ => false;
        var own = new HashSet<INamedTypeSymbol>(contract.AllInterfaces.Prepend(contract), SymbolEqualityComparer.Default);
        return @interface => SymbolEqualityComparer.Default.Equals(@interface.ContainingAssembly, contract.ContainingAssembly)
            && !own.Contains(@interface.OriginalDefinition);
    }

    // Activator.CreateInstance(type) runs the parameterless constructor; without one the engine fails, so
    // every constructor is taken (nothing is missed when the class is set up some other way).
    private static IEnumerable<IMethodSymbol> ConstructorsRun(INamedTypeSymbol type)
    {
        var parameterless = type.InstanceConstructors.Where(constructor => constructor.Parameters.IsEmpty).ToList();
        return parameterless.Count > 0 ? parameterless : type.InstanceConstructors;
    }

    // Field and property initializers and static constructors run when the object is created, without a call.
    private static bool RunsOnCreation(ISymbol member) =>
        member is IMethodSymbol { MethodKind: MethodKind.StaticConstructor }
        || member.DeclaringSyntaxReferences.Any(reference =>
            reference.GetSyntax() is VariableDeclaratorSyntax { Initializer: not null } or PropertyDeclarationSyntax { Initializer: not null });
}
