using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Grading.Core.Rules;

/// <summary>
/// Reports the members the compiler calls without their name in the source: a collection initializer's
/// <c>Add</c>, a query expression's <c>Select</c>, <c>foreach</c>'s <c>GetEnumerator</c>, a deconstruction's
/// <c>Deconstruct</c>, implicit user-defined conversions (followed, not counted), <c>operator true</c> behind <c>&amp;&amp;</c>, <c>||</c> and
/// conditions, <c>with</c>'s clone and copy constructor, an interpolated-string handler, an index or range's helpers.
/// It reads Roslyn's operation tree, where every bound call is explicit, so no spelling of the source hides one.
/// Calls written by name are <see cref="SyntaxUseScanner"/>'s: it reports them at the name, as messages show them.
/// </summary>
internal sealed class ImplicitCallScanner(Action<ApiUse> onUse, Action<ISymbol> onReference)
{
    private static readonly IReadOnlyDictionary<string, string> NoArguments = new Dictionary<string, string>();

    public void Scan(SyntaxNode root, SemanticModel model)
    {
        foreach (var operationRoot in OperationRoots(root, model))
        {
            foreach (var operation in operationRoot.DescendantsAndSelf())
            {
                // An operation tree can reach past the piece of source being scanned (a field's initializer
                // belongs to its declaration); what lies outside is another scan's.
                if (!root.Span.Contains(operation.Syntax.Span))
                    continue;
                foreach (var (symbol, at) in ImplicitMembers(operation, model))
                {
                    onReference(symbol);
                    onUse(SyntaxUseScanner.CreateUse(symbol, at.GetLocation(), NoArguments));
                }
                // An implicit conversion only feeds the call or assignment around it, which is checked itself: it
                // is followed (the submission's own operator may hold anything), not counted, or `t.add_(1)`
                // would count as two uses of TorchSharp (the call and the int-to-Scalar conversion).
                if (operation is IConversionOperation { IsImplicit: true, OperatorMethod: { } conversion })
                    onReference(conversion);
            }
        }
    }

    // The outermost operations of the source under root: bodies, initializers, attribute arguments.
    private static List<IOperation> OperationRoots(SyntaxNode root, SemanticModel model)
    {
        var roots = new List<IOperation>();
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            if (model.GetOperation(node) is { } operation)
            {
                var top = operation;
                while (top.Parent is { } parent)
                    top = parent;
                if (!roots.Any(known => known.Syntax.Span.Contains(top.Syntax.Span) && known.Syntax.SyntaxTree == top.Syntax.SyntaxTree))
                    roots.Add(top);
                if (top.Syntax.Span.Contains(node.Span))
                    continue;
            }
            foreach (var child in node.ChildNodes())
                pending.Push(child);
        }
        return roots;
    }

    private static IEnumerable<(ISymbol Symbol, SyntaxNode At)> ImplicitMembers(IOperation operation, SemanticModel model)
    {
        switch (operation)
        {
            // Query clauses, collection initializers' Add, interpolated-string handlers' Append calls.
            case IInvocationOperation { IsImplicit: true } call:
                yield return (call.TargetMethod, call.Syntax);
                break;
            // An interpolated-string handler's constructor. (An attribute's is implicit too, but written by name.)
            case IObjectCreationOperation { IsImplicit: true, Constructor: { } constructor, Syntax: not AttributeSyntax }:
                yield return (constructor, operation.Syntax);
                break;
            case IMemberReferenceOperation { IsImplicit: true } reference:
                yield return (reference.Member, reference.Syntax);
                break;
            case IUnaryOperation { OperatorMethod: { } unaryOperator } unary
                when unary.IsImplicit || unary.OperatorKind is UnaryOperatorKind.True or UnaryOperatorKind.False:
                yield return (unaryOperator, operation.Syntax);
                break;
            case IBinaryOperation binary:
                // `a && b` on a user type calls operator false (or true for ||) before operator &; the
                // operation tree does not name it, so take it from the operator's type.
                if (binary is { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr, OperatorMethod: { } userAnd })
                {
                    foreach (var truth in TruthOperators(userAnd.ContainingType))
                        yield return (truth, operation.Syntax);
                }
                if (binary.IsImplicit && binary.OperatorMethod is { } binaryOperator)
                    yield return (binaryOperator, operation.Syntax);
                break;
            case IForEachLoopOperation { Syntax: CommonForEachStatementSyntax loop }:
                var info = model.GetForEachStatementInfo(loop);
                foreach (var member in new ISymbol?[] { info.GetEnumeratorMethod, info.MoveNextMethod, info.CurrentProperty, info.DisposeMethod })
                {
                    if (member is not null)
                        yield return (member, loop.Expression);
                }
                if (loop is ForEachVariableStatementSyntax deconstructing)
                {
                    foreach (var deconstruct in DeconstructMethods(model.GetDeconstructionInfo(deconstructing)))
                        yield return (deconstruct, deconstructing.Variable);
                }
                break;
            case IDeconstructionAssignmentOperation { Syntax: AssignmentExpressionSyntax assignment }:
                foreach (var deconstruct in DeconstructMethods(model.GetDeconstructionInfo(assignment)))
                    yield return (deconstruct, assignment.Left);
                break;
            case IRecursivePatternOperation { DeconstructSymbol: { } deconstructPattern }:
                yield return (deconstructPattern, operation.Syntax);
                break;
            case IWithOperation with:
                if (with.CloneMethod is { } clone)
                {
                    yield return (clone, operation.Syntax);
                    // A record's clone calls its copy constructor, which the record may declare itself.
                    foreach (var copy in clone.ContainingType.InstanceConstructors.Where(IsCopyConstructor))
                        yield return (copy, operation.Syntax);
                }
                break;
            case IRangeOperation { Method: { } rangeFactory }:
                yield return (rangeFactory, operation.Syntax);
                break;
            case IImplicitIndexerReferenceOperation indexer:
                yield return (indexer.LengthSymbol, operation.Syntax);
                yield return (indexer.IndexerSymbol, operation.Syntax);
                break;
            case ICollectionExpressionOperation { ConstructMethod: { } construct }:
                yield return (construct, operation.Syntax);
                break;
        }
    }

    private static IEnumerable<IMethodSymbol> DeconstructMethods(DeconstructionInfo info)
    {
        if (info.Method is { } method)
            yield return method;
        if (info.Conversion is { IsUserDefined: true, MethodSymbol: { } conversion })
            yield return conversion;
        foreach (var nested in info.Nested)
        {
            foreach (var inner in DeconstructMethods(nested))
                yield return inner;
        }
    }

    private static IEnumerable<IMethodSymbol> TruthOperators(ITypeSymbol type) =>
        type.GetMembers(WellKnownMemberNames.TrueOperatorName).Concat(type.GetMembers(WellKnownMemberNames.FalseOperatorName)).OfType<IMethodSymbol>();

    private static bool IsCopyConstructor(IMethodSymbol constructor) =>
        constructor.Parameters is [{ } only] && SymbolEqualityComparer.Default.Equals(only.Type, constructor.ContainingType);
}
