using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Grading.Core.Rules;

/// <summary>
/// Collects the API uses of one section: the types implementing its contract, and every piece of
/// the submission's own code reachable from them (methods, constructors, properties, field
/// initializers, base types, overrides). A helper in another file that the section calls is in
/// scope; another section's class that it never touches is not.
/// </summary>
internal sealed class SectionCodeWalker
{
    private readonly Compilation _compilation;
    private readonly HashSet<ISymbol> _sectionTypes;
    private readonly HashSet<ISymbol> _reached = new(SymbolEqualityComparer.Default);
    private readonly Queue<ISymbol> _pending = new();
    private readonly VirtualDispatch _dispatch;
    private readonly Dictionary<SyntaxTree, List<TextSpan>> _scanned = [];
    private readonly Dictionary<(string File, TextSpan Span, string Display), ApiUse> _uses = [];
    private readonly SyntaxUseScanner _scanner;
    private readonly IReadOnlyList<ISymbol> _entryMembers;

    /// <param name="compilation">The submission.</param>
    /// <param name="sectionTypes">Types whose whole code is in scope (a section's implementing types).</param>
    /// <param name="entryMembers">Members that are in scope by themselves, with what they reach: code the
    /// runtime calls without any section asking, such as a <c>[ModuleInitializer]</c> method.</param>
    /// <param name="otherSections">Interfaces whose implementations the library only calls for another section (other
    /// sections' contracts); null when any library interface's implementation may run.</param>
    public SectionCodeWalker(Compilation compilation, IEnumerable<INamedTypeSymbol> sectionTypes, IEnumerable<ISymbol>? entryMembers = null,
        Func<INamedTypeSymbol, bool>? otherSections = null)
    {
        _compilation = compilation;
        _sectionTypes = new HashSet<ISymbol>(sectionTypes, SymbolEqualityComparer.Default);
        _entryMembers = entryMembers?.ToList() ?? [];
        _dispatch = new VirtualDispatch(compilation.Assembly, Enqueue, otherSections);
        _scanner = new SyntaxUseScanner(
            use => _uses.TryAdd((use.Location.SourceTree?.FilePath ?? "", use.Location.SourceSpan, use.Display), use),
            Enqueue);
    }

    /// <summary>Every use in the section's code, in file and source order.</summary>
    public IReadOnlyList<ApiUse> CollectUses()
    {
        foreach (var sectionType in _sectionTypes)
            Enqueue(sectionType);
        foreach (var member in _entryMembers)
            Enqueue(member);
        while (_pending.TryDequeue(out var symbol))
            Visit(symbol);
        return _uses.Values
            .OrderBy(use => use.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(use => use.Location.SourceSpan.Start)
            .ToList();
    }

    /// <summary>The code the walk scanned, per file: the section's code, where a change can change what the section
    /// does. Valid after <see cref="CollectUses"/>.</summary>
    public IReadOnlyDictionary<SyntaxTree, IReadOnlyList<TextSpan>> ScannedCode =>
        _scanned.ToDictionary(entry => entry.Key, entry => (IReadOnlyList<TextSpan>)entry.Value.ToList());

    /// <summary>Whether the walk reached <paramref name="type"/>: named it, or reached code of it. Valid after
    /// <see cref="CollectUses"/>.</summary>
    public bool Reached(INamedTypeSymbol type) => _reached.Contains(type.OriginalDefinition);

    private void Enqueue(ISymbol symbol)
    {
        if (symbol is IMethodSymbol method)
        {
            // Lambdas and local functions live inside a body that is scanned whole already.
            if (method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
                return;
            symbol = method.ReducedFrom ?? method;
            if (method.PartialImplementationPart is { } implementation)
                Enqueue(implementation);
        }
        symbol = symbol.OriginalDefinition;
        if (!SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly))
            return;
        if (_reached.Add(symbol))
            _pending.Enqueue(symbol);
    }

    private void Visit(ISymbol symbol)
    {
        if (symbol is INamedTypeSymbol type)
        {
            VisitType(type);
            return;
        }
        if (symbol.ContainingType is { } containingType)
            Enqueue(containingType);
        if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false } constructor)
            VisitConstructor(constructor);
        if (symbol is IMethodSymbol or IPropertySymbol or IEventSymbol)
            _dispatch.MemberReached(symbol);

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            switch (syntax)
            {
                case TypeDeclarationSyntax primaryConstructorOwner:
                    // A primary constructor is declared by its type: only its parameters and base call are its code.
                    ScanRoot(primaryConstructorOwner.ParameterList);
                    ScanRoot(primaryConstructorOwner.BaseList);
                    break;
                case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } declarator:
                    ScanRoot(declaration.Type);
                    ScanRoot(declarator);
                    break;
                default:
                    ScanRoot(syntax);
                    break;
            }
        }
    }

    private void VisitType(INamedTypeSymbol type)
    {
        if (type.BaseType is { } baseType)
            Enqueue(baseType);
        if (_sectionTypes.Contains(type))
        {
            // The section type is the section's code: all of it, nested types included.
            foreach (var reference in type.DeclaringSyntaxReferences)
                ScanRoot(reference.GetSyntax());
            _dispatch.TypeInstantiated(type);
            return;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is BaseTypeDeclarationSyntax declaration)
                ScanRoot(declaration.BaseList);
        }
        // Initializers and the static constructor run when the type is used, without being called by name.
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.StaticConstructor } || HasInitializer(member))
                Enqueue(member);
        }
    }

    private void VisitConstructor(IMethodSymbol constructor)
    {
        _dispatch.TypeInstantiated(constructor.ContainingType);
        // Without `: this(...)` or `: base(...)` a constructor calls the base's parameterless one.
        var chainsExplicitly = constructor.DeclaringSyntaxReferences
            .Any(reference => reference.GetSyntax() is ConstructorDeclarationSyntax { Initializer: not null } or TypeDeclarationSyntax { BaseList.Types: [PrimaryConstructorBaseTypeSyntax, ..] });
        if (chainsExplicitly || constructor.ContainingType.BaseType is not { } baseType)
            return;
        foreach (var baseConstructor in baseType.InstanceConstructors)
        {
            if (baseConstructor.Parameters.All(parameter => parameter.IsOptional || parameter.IsParams))
                Enqueue(baseConstructor);
        }
    }

    private static bool HasInitializer(ISymbol member) => member.DeclaringSyntaxReferences.Any(reference =>
        reference.GetSyntax() is VariableDeclaratorSyntax { Initializer: not null } or PropertyDeclarationSyntax { Initializer: not null });

    private void ScanRoot(SyntaxNode? root)
    {
        if (root is null || !_compilation.ContainsSyntaxTree(root.SyntaxTree))
            return;
        if (!_scanned.TryGetValue(root.SyntaxTree, out var spans))
            _scanned[root.SyntaxTree] = spans = [];
        if (spans.Any(span => span.Contains(root.Span)))
            return;
        spans.Add(root.Span);
        _scanner.Scan(root, SemanticModels.For(_compilation, root.SyntaxTree));
    }
}
