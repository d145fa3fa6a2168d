using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>
/// Follows calls through virtual and interface members: a call to <c>IStep.Apply</c> or to
/// <c>Model.Forward</c> can run the override in any class the section's code creates. Only
/// instantiated classes count, so an unrelated class overriding the same member stays out of scope.
/// Overrides of library members (<c>nn.Module.forward</c>, <c>IDisposable.Dispose</c>) are reached
/// as soon as their class is created, since the library may call them; except the members of
/// <paramref name="notCalledByLibrary"/>'s interfaces (other sections' contracts: the engine calls them for their own section).
/// </summary>
internal sealed class VirtualDispatch(IAssemblySymbol sourceAssembly, Action<ISymbol> reach, Func<INamedTypeSymbol, bool>? notCalledByLibrary = null)
{
    private readonly HashSet<ISymbol> _instantiated = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _virtualMembers = new(SymbolEqualityComparer.Default);

    public void TypeInstantiated(INamedTypeSymbol type)
    {
        if (!_instantiated.Add(type.OriginalDefinition))
            return;
        foreach (var member in _virtualMembers)
            ReachImplementations(type, member);
        ReachLibraryOverrides(type);
    }

    public void MemberReached(ISymbol member)
    {
        if (member is { IsStatic: true, ContainingType.TypeKind: TypeKind.Interface } && (member.IsAbstract || member.IsVirtual))
        {
            // `T.Create()` on a static abstract member runs the implementation of whatever type T is; no
            // instance is created for it, so every source type implementing the interface may be T.
            foreach (var type in SectionTypes.SourceTypes(sourceAssembly.GlobalNamespace))
            {
                if (type.FindImplementationForInterfaceMember(member) is { } implementation && IsSource(implementation))
                    reach(implementation);
            }
            return;
        }
        var isDispatched = member.IsVirtual || member.IsAbstract || member.IsOverride
            || member.ContainingType?.TypeKind == TypeKind.Interface && !member.IsStatic;
        if (!isDispatched || !_virtualMembers.Add(member.OriginalDefinition))
            return;
        foreach (var type in _instantiated.Cast<INamedTypeSymbol>())
            ReachImplementations(type, member);
    }

    private void ReachImplementations(INamedTypeSymbol type, ISymbol member)
    {
        if (member.ContainingType?.TypeKind == TypeKind.Interface)
        {
            if (type.FindImplementationForInterfaceMember(member) is { } implementation)
                reach(implementation);
            return;
        }
        foreach (var candidate in MembersOfSourceChain(type))
        {
            if (Overridden(candidate).Any(overridden => SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, member.OriginalDefinition)))
                reach(candidate);
        }
    }

    private void ReachLibraryOverrides(INamedTypeSymbol type)
    {
        foreach (var candidate in MembersOfSourceChain(type))
        {
            if (Overridden(candidate).Any(overridden => !IsSource(overridden)))
                reach(candidate);
        }
        foreach (var @interface in type.AllInterfaces.Where(@interface => !IsSource(@interface) && notCalledByLibrary?.Invoke(@interface) != true))
        {
            foreach (var interfaceMember in @interface.GetMembers())
            {
                if (type.FindImplementationForInterfaceMember(interfaceMember) is { } implementation && IsSource(implementation))
                    reach(implementation);
            }
        }
    }

    private IEnumerable<ISymbol> MembersOfSourceChain(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && IsSource(current); current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
                yield return member;
        }
    }

    private static IEnumerable<ISymbol> Overridden(ISymbol member)
    {
        for (var overridden = OverriddenOf(member); overridden is not null; overridden = OverriddenOf(overridden))
            yield return overridden;
    }

    private static ISymbol? OverriddenOf(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol @event => @event.OverriddenEvent,
        _ => null,
    };

    private bool IsSource(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, sourceAssembly);
}
