using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Rules;

/// <summary>
/// Reads one piece of source through the semantic model: reports every use of a symbol (for the
/// rules) and every symbol referenced at all (so the caller can follow calls into helper code).
/// Names are resolved by the compiler, so aliases, <c>var</c>, static usings and fully-qualified
/// names all end up at the same symbol.
/// </summary>
internal sealed class SyntaxUseScanner(Action<ApiUse> onUse, Action<ISymbol> onReference)
{
    private static readonly IReadOnlyDictionary<string, string> NoArguments = new Dictionary<string, string>();

    private readonly ImplicitCallScanner _implicitCalls = new(onUse, onReference);

    public void Scan(SyntaxNode root, SemanticModel model)
    {
        // A using directive only brings names into scope: what is used through it is reported where it is used.
        foreach (var node in root.DescendantNodesAndSelf(descendIntoChildren: node => node is not UsingDirectiveSyntax))
        {
            if (node is UsingDirectiveSyntax)
                continue;
            switch (node)
            {
                case SimpleNameSyntax name:
                    ScanName(name, model);
                    break;
                case BaseObjectCreationExpressionSyntax creation:
                    var createdAt = creation is ObjectCreationExpressionSyntax explicitType ? explicitType.Type.GetLocation() : creation.NewKeyword.GetLocation();
                    ReportSymbol(model.GetSymbolInfo(creation), createdAt, () => NonFalseArguments.OfCall(creation, model));
                    break;
                case ConstructorInitializerSyntax initializer:
                    ReportSymbol(model.GetSymbolInfo(initializer), initializer.ThisOrBaseKeyword.GetLocation(), () => NonFalseArguments.OfCall(initializer, model));
                    break;
                case PrimaryConstructorBaseTypeSyntax baseCall:
                    ReportSymbol(model.GetSymbolInfo(baseCall), baseCall.ArgumentList.GetLocation(), () => NoArguments);
                    break;
                case BinaryExpressionSyntax binary:
                    ReportOperator(model.GetSymbolInfo(binary), binary.OperatorToken.GetLocation());
                    break;
                case AssignmentExpressionSyntax assignment when !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    ReportOperator(model.GetSymbolInfo(assignment), assignment.OperatorToken.GetLocation());
                    break;
                case PrefixUnaryExpressionSyntax prefix:
                    ReportOperator(model.GetSymbolInfo(prefix), prefix.OperatorToken.GetLocation());
                    break;
                case PostfixUnaryExpressionSyntax postfix:
                    ReportOperator(model.GetSymbolInfo(postfix), postfix.OperatorToken.GetLocation());
                    break;
                case CastExpressionSyntax cast:
                    ReportOperator(model.GetSymbolInfo(cast), cast.OpenParenToken.GetLocation());
                    break;
                case ElementAccessExpressionSyntax elementAccess:
                    ReportOperator(model.GetSymbolInfo(elementAccess), elementAccess.ArgumentList.GetLocation());
                    break;
                case ElementBindingExpressionSyntax elementBinding:
                    ReportOperator(model.GetSymbolInfo(elementBinding), elementBinding.ArgumentList.GetLocation());
                    break;
                case ForEachStatementSyntax forEach:
                    ReferenceForEach(model.GetForEachStatementInfo(forEach));
                    break;
            }

            if (UnsafeSyntax.Describe(node) is { } unsafeCode)
                onUse(new ApiUse(unsafeCode.Location, unsafeCode.Display, UnsafeSyntax.Names, NoArguments));
            if (AsyncSyntax.Describe(node) is { } asyncCode)
                onUse(new ApiUse(asyncCode.Location, asyncCode.Display, AsyncSyntax.Names, NoArguments));

            // An implicit user-defined conversion only feeds another counted use (the call or assignment it
            // feeds), so it is followed, not counted. The implicit-call scanner follows those in the operation
            // tree too; this also catches any the tree folds into another node.
            if (node is ExpressionSyntax expression && model.GetConversion(expression) is { IsUserDefined: true, MethodSymbol: { } conversion })
                onReference(conversion);
        }
        _implicitCalls.Scan(root, model);
    }

    private void ScanName(SimpleNameSyntax name, SemanticModel model)
    {
        if (name is IdentifierNameSyntax { IsVar: true })
            return;
        var info = model.GetSymbolInfo(name);
        if (DynamicBinding.IsDynamic(info))
            onUse(new ApiUse(name.GetLocation(), info.Symbol is null ? $"dynamic .{name.Identifier.Text}" : DynamicBinding.Name, DynamicBinding.Names, NoArguments));
        var symbol = Resolve(info);
        if (symbol is null || symbol is IDynamicTypeSymbol)
            return;
        onReference(symbol);

        switch (symbol)
        {
            case ITypeSymbol when IsQualifierOrCreatedType(name):
                // `torch` in torch.zeros(...) and `DenseMatrix` in new DenseMatrix(...): the member
                // or constructor is the use, and it carries the type's name anyway.
                return;
            case ITypeSymbol:
                onUse(CreateUse(symbol, name.GetLocation(), NoArguments));
                return;
            case IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }:
                return;
            case IPropertySymbol when IsAssigned(name):
                // A property set also answers to "<property>.set", so a policy can forbid setting what it lets code read.
                var use = CreateUse(symbol, name.GetLocation(), NonFalseArguments.OfMemberName(name, symbol, model));
                onUse(use with { SymbolNames = [.. use.SymbolNames, .. use.SymbolNames.Select(n => n + ".set")] });
                return;
            case IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol:
                onUse(CreateUse(symbol, name.GetLocation(), NonFalseArguments.OfMemberName(name, symbol, model)));
                return;
            default:
                // Namespaces, locals, parameters, labels: not API uses.
                return;
        }
    }

    private void ReportSymbol(SymbolInfo info, Location location, Func<IReadOnlyDictionary<string, string>> arguments)
    {
        if (Resolve(info) is not { } symbol)
            return;
        onReference(symbol);
        onUse(CreateUse(symbol, location, arguments()));
    }

    // Built-in operators (double * double) are not uses of anything; user-defined ones
    // (Tensor * Tensor), explicit conversions and indexers are.
    private void ReportOperator(SymbolInfo info, Location location)
    {
        if (Resolve(info) is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion } or IPropertySymbol { IsIndexer: true })
            ReportSymbol(info, location, () => NoArguments);
    }

    private void ReferenceForEach(ForEachStatementInfo info)
    {
        foreach (var member in new ISymbol?[] { info.GetEnumeratorMethod, info.MoveNextMethod, info.CurrentProperty, info.DisposeMethod })
        {
            if (member is not null)
                onReference(member);
        }
    }

    internal static ApiUse CreateUse(ISymbol symbol, Location location, IReadOnlyDictionary<string, string> arguments) =>
        new(location, SymbolNames.Display(symbol), SymbolNames.CandidateNames(symbol), arguments) { Symbol = symbol };

    // A call that failed overload resolution still names the member the student meant.
    private static ISymbol? Resolve(SymbolInfo info) =>
        info.Symbol ?? (info.CandidateSymbols.IsDefaultOrEmpty ? null : info.CandidateSymbols[0]);

    /// <summary>Whether the member this name ends is written to: <c>X.P = v</c>, <c>X.P += v</c>, <c>X.P++</c>.</summary>
    private static bool IsAssigned(SimpleNameSyntax name)
    {
        SyntaxNode whole = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        return whole.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == whole,
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } => true,
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } => true,
            _ => false,
        };
    }

    private static bool IsQualifierOrCreatedType(SimpleNameSyntax name)
    {
        // Climb to the whole name this identifier ends: `Tensor` in torch.Tensor is torch.Tensor.
        SyntaxNode whole = name;
        while (whole.Parent is QualifiedNameSyntax qualified && qualified.Right == whole
               || whole.Parent is MemberAccessExpressionSyntax access && access.Name == whole
               || whole.Parent is AliasQualifiedNameSyntax aliased && aliased.Name == whole)
        {
            whole = whole.Parent;
        }
        return whole.Parent switch
        {
            QualifiedNameSyntax qualified => qualified.Left == whole,
            MemberAccessExpressionSyntax access => access.Expression == whole,
            ObjectCreationExpressionSyntax creation => creation.Type == whole,
            _ => false,
        };
    }
}
