using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary>
/// A factor dropped from a product (<c>2 * r / n * x</c> without its 2, without its x) or a divisor dropped
/// (<c>sum / n</c> as <c>sum</c>: the 1/n of the mean forgotten). Only where what is left has the product's type,
/// so the mutant still compiles (a vector times a scalar is not reduced to the scalar).
/// </summary>
public sealed class FactorOperator : MutationOperator
{
    public override string Name => "factor";

    public override string Models => "a factor of a product, or a divisor (the 1/n of a mean), left out";

    public override IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model)
    {
        if (node is not BinaryExpressionSyntax binary || MutationSyntax.IsText(binary, model)) yield break;
        var type = model.GetTypeInfo(binary).Type;
        if (type is null) yield break;
        if (binary.IsKind(SyntaxKind.MultiplyExpression))
        {
            if (Same(binary.Right, type, model)) yield return Keep(binary, binary.Left, binary.Right, "factor");
            if (Same(binary.Left, type, model)) yield return Keep(binary, binary.Right, binary.Left, "factor");
        }
        else if (binary.IsKind(SyntaxKind.DivideExpression) && Same(binary.Left, type, model))
        {
            yield return Keep(binary, binary.Right, binary.Left, "divisor");
        }
    }

    private static bool Same(ExpressionSyntax kept, ITypeSymbol type, SemanticModel model) =>
        SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(kept).Type, type);

    private static Mutation Keep(BinaryExpressionSyntax binary, ExpressionSyntax dropped, ExpressionSyntax kept, string what) =>
        new(binary, SyntaxFactory.ParenthesizedExpression(kept.WithoutTrivia()).WithTriviaFrom(binary),
            $"the {what} {MutationSyntax.OneLine(dropped)} left out");
}
