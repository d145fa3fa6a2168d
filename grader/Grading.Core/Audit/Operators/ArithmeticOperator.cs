using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary><c>+</c> ↔ <c>-</c> and <c>*</c> ↔ <c>/</c>: a sign slip in the residual or the update, a product
/// written as a quotient. String concatenation is left alone (a <c>-</c> there does not compile).</summary>
public sealed class ArithmeticOperator : MutationOperator
{
    public override string Name => "arithmetic";

    public override string Models => "an arithmetic operator swapped: + for -, * for /";

    public override IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model)
    {
        if (node is not BinaryExpressionSyntax binary || MutationSyntax.IsText(binary, model)) yield break;
        var swapped = binary.Kind() switch
        {
            SyntaxKind.AddExpression => SyntaxKind.SubtractExpression,
            SyntaxKind.SubtractExpression => SyntaxKind.AddExpression,
            SyntaxKind.MultiplyExpression => SyntaxKind.DivideExpression,
            SyntaxKind.DivideExpression => SyntaxKind.MultiplyExpression,
            _ => SyntaxKind.None,
        };
        if (swapped == SyntaxKind.None) yield break;
        yield return MutationSyntax.SwapOperator(binary, swapped);
    }
}
