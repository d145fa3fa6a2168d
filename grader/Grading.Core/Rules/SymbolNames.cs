using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>The dotted names rule patterns are matched against, and how messages show a symbol.</summary>
internal static class SymbolNames
{
    // Names as a student reads them in their own code: containing types kept (torch.Tensor),
    // namespaces dropped, type arguments kept (Matrix<double>), C# keywords for special types.
    private static readonly SymbolDisplayFormat DisplayFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>
    /// Every name a use of <paramref name="symbol"/> answers to: its own, its original definition's,
    /// and those of the members it overrides, so that <c>LinearAlgebra.*.Cholesky</c> also catches
    /// <c>Double.DenseMatrix</c>'s override of <c>Matrix&lt;T&gt;.Cholesky</c>.
    /// </summary>
    public static IReadOnlyList<string> CandidateNames(ISymbol symbol)
    {
        var names = new List<string>();
        void Add(ISymbol? candidate)
        {
            if (candidate is null)
                return;
            foreach (var name in new[] { DottedName(candidate), DottedName(candidate.OriginalDefinition) })
            {
                if (!names.Contains(name))
                    names.Add(name);
            }
        }

        Add(symbol);
        switch (symbol)
        {
            case IMethodSymbol method:
                Add(method.ReducedFrom);
                Add(method.AssociatedExtensionImplementation);
                for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
                    Add(overridden);
                break;
            case IPropertySymbol property:
                for (var overridden = property.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
                    Add(overridden);
                break;
            case IEventSymbol @event:
                for (var overridden = @event.OverriddenEvent; overridden is not null; overridden = overridden.OverriddenEvent)
                    Add(overridden);
                break;
        }
        return names;
    }

    /// <summary>
    /// Namespace, containing types and member name, dotted, generic arity and type arguments dropped:
    /// <c>MathNet.Numerics.LinearAlgebra.Matrix.Solve</c>, <c>TorchSharp.torch.Tensor.backward</c>.
    /// An extension member is named after its static class, not the extension block inside it.
    /// </summary>
    public static string DottedName(ISymbol symbol)
    {
        var segments = new Stack<string>();
        ISymbol? current = symbol switch
        {
            IArrayTypeSymbol array => array.ElementType,
            IPointerTypeSymbol pointer => pointer.PointedAtType,
            _ => symbol,
        };
        if (current is ITypeParameterSymbol typeParameter)
            return typeParameter.Name;
        if (current is not ITypeSymbol and not INamespaceSymbol)
        {
            segments.Push(MemberName(current));
            current = current.ContainingSymbol;
        }
        for (; current is INamedTypeSymbol type; current = type.ContainingSymbol)
        {
            if (!type.IsExtension)
                segments.Push(type.Name);
        }
        for (var ns = current as INamespaceSymbol; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            segments.Push(ns.Name);
        return string.Join('.', segments);
    }

    /// <summary>How a message shows the symbol: <c>Matrix&lt;double&gt;.Solve(...)</c>, <c>new DenseMatrix(...)</c>, <c>torch.Tensor.requires_grad</c>, <c>torch.Tensor[...]</c>.</summary>
    public static string Display(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } ctor => $"new {ctor.ContainingType.ToDisplayString(DisplayFormat)}(...)",
        IMethodSymbol method => $"{method.ToDisplayString(DisplayFormat)}(...)",
        IPropertySymbol { IsIndexer: true } indexer => $"{indexer.ContainingType.ToDisplayString(DisplayFormat)}[...]",
        _ => symbol.ToDisplayString(DisplayFormat),
    };

    // Constructors and indexers have names that are not identifiers; use the documentation-comment
    // and metadata spellings so a name never contains an empty segment.
    private static string MemberName(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } => "#ctor",
        IMethodSymbol { MethodKind: MethodKind.StaticConstructor } => "#cctor",
        IPropertySymbol { IsIndexer: true } => member.MetadataName,
        _ => member.Name,
    };
}
