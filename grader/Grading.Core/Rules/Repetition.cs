using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Grading.Core.Rules;

/// <summary>
/// How many times a piece of code runs each time its body runs: once, a known number of times (a
/// <c>for</c> loop with constant bounds, <c>foreach</c> over <c>Enumerable.Range(0, 7)</c>), or more than once
/// without a known count (any other loop, a lambda or method group handed to LINQ). A loop counts as more
/// than once unless it provably runs once; a lambda kept and called later is taken to run once.
/// </summary>
/// <param name="Times">The count; null when it is more than one but not known.</param>
/// <param name="Loop">The innermost loop that repeats it, for messages; null when it runs once.</param>
internal readonly record struct Repetition(int? Times, Location? Loop)
{
    public static Repetition Once { get; } = new(1, null);

    private const int Cap = 1_000_000;

    public static int? Multiply(int? a, int? b) =>
        a is { } x && b is { } y ? (int)Math.Min((long)x * y, Cap) : a == 0 || b == 0 ? 0 : null;

    public static int? Add(int? a, int? b) => a is { } x && b is { } y ? (int)Math.Min((long)x + y, Cap) : null;

    /// <summary>How often <paramref name="node"/> runs per run of the body <paramref name="body"/> that contains it.</summary>
    public static Repetition Within(SyntaxNode node, SyntaxNode body, SemanticModel model)
    {
        var result = Once;
        var child = node;
        foreach (var ancestor in node.Ancestors())
        {
            if (ancestor == body)
                break;
            var each = ancestor switch
            {
                ForStatementSyntax loop when child != loop.Declaration && !loop.Initializers.Contains(child) => For(loop, model),
                CommonForEachStatementSyntax loop when child != loop.Expression => new Repetition(Count(loop.Expression, model), loop.ForEachKeyword.GetLocation()),
                WhileStatementSyntax loop => new Repetition(null, loop.WhileKeyword.GetLocation()),
                DoStatementSyntax loop => new Repetition(null, loop.DoKeyword.GetLocation()),
                AnonymousFunctionExpressionSyntax lambda => Handed(lambda, model),
                _ => Once,
            };
            // The innermost loop is the one a message names: it is met first.
            result = new Repetition(Multiply(result.Times, each.Times), result.Loop ?? (each.Times == 1 ? null : each.Loop));
            child = ancestor;
        }
        return result;
    }

    /// <summary>A lambda or method group handed to a method that calls it once per element (LINQ,
    /// <c>List.ForEach</c>, <c>Array.ConvertAll</c>, <c>Parallel.For</c>); once otherwise.</summary>
    public static Repetition Handed(SyntaxNode function, SemanticModel model)
    {
        if (function.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } })
            return Once;
        if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol method || !CallsPerElement(method))
            return Once;
        int? count = call.Expression is MemberAccessExpressionSyntax { Expression: var source } && method.IsExtensionMethod
            ? Count(source, model)
            : null;
        return new Repetition(count, call.GetLocation());
    }

    private static bool CallsPerElement(IMethodSymbol method)
    {
        var home = method.ContainingNamespace?.ToDisplayString() ?? "";
        return home.StartsWith("System.Linq", StringComparison.Ordinal)
            || method.ContainingType?.Name is "List" or "Array" or "Parallel" && method.Name is "ForEach" or "ConvertAll" or "For" or "TrueForAll" or "Exists" or "FindAll";
    }

    private static Repetition For(ForStatementSyntax loop, SemanticModel model)
    {
        var at = loop.ForKeyword.GetLocation();
        // for (int i = a; i < b; i++) with constant a and b.
        if (loop.Declaration?.Variables is [{ Initializer.Value: var start } variable]
            && loop.Condition is BinaryExpressionSyntax { Left: IdentifierNameSyntax counter } condition
            && counter.Identifier.Text == variable.Identifier.Text
            && loop.Incrementors is [var step] && step.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PreIncrementExpression
            && Constant(start, model) is { } from && Constant(condition.Right, model) is { } to)
        {
            int? trips = condition.Kind() switch
            {
                SyntaxKind.LessThanExpression => Math.Max(0, to - from),
                SyntaxKind.LessThanOrEqualExpression => Math.Max(0, to - from + 1),
                _ => null,
            };
            return new Repetition(trips, at);
        }
        return new Repetition(null, at);
    }

    // Elements of what a loop walks: Enumerable.Range(a, n), Enumerable.Repeat(x, n), an array or collection written out.
    private static int? Count(ExpressionSyntax source, SemanticModel model)
    {
        switch (model.GetOperation(source))
        {
            case IInvocationOperation { TargetMethod: { Name: "Range" or "Repeat", ContainingType.Name: "Enumerable" } } call
                when call.Arguments.Length == 2:
                return Constant(call.Arguments[1].Value.Syntax as ExpressionSyntax, model);
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.Length;
            case ICollectionExpressionOperation collection:
                return collection.Elements.Length;
            default:
                return null;
        }
    }

    private static int? Constant(ExpressionSyntax? expression, SemanticModel model) =>
        expression is not null && model.GetConstantValue(expression) is { HasValue: true, Value: int value } ? value : null;
}
