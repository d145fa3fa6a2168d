using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary>Off-by-one loops: <c>&lt;</c> ↔ <c>&lt;=</c>, <c>&gt;</c> ↔ <c>&gt;=</c> (one epoch too many, a row read past
/// the end), and a for loop that starts at 1 instead of 0 (or 0 instead of 1: the first epoch or row skipped).</summary>
public sealed class LoopBoundOperator : MutationOperator
{
    public override string Name => "loop-bound";

    public override string Models => "an off-by-one loop: < for <=, or a loop starting at 1 instead of 0";

    public override IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model)
    {
        if (node is BinaryExpressionSyntax binary)
        {
            var swapped = binary.Kind() switch
            {
                SyntaxKind.LessThanExpression => SyntaxKind.LessThanOrEqualExpression,
                SyntaxKind.LessThanOrEqualExpression => SyntaxKind.LessThanExpression,
                SyntaxKind.GreaterThanExpression => SyntaxKind.GreaterThanOrEqualExpression,
                SyntaxKind.GreaterThanOrEqualExpression => SyntaxKind.GreaterThanExpression,
                _ => SyntaxKind.None,
            };
            if (swapped == SyntaxKind.None) yield break;
            yield return MutationSyntax.SwapOperator(binary, swapped);
        }
        else if (node is LiteralExpressionSyntax literal && IsLoopStart(literal) && MutationSyntax.ValueOf(literal) is 0 or 1)
        {
            int start = MutationSyntax.ValueOf(literal) == 0 ? 1 : 0;
            if (MutationSyntax.Number(literal, start) is { } replacement)
                yield return new Mutation(literal, replacement, $"the loop starts at {start} instead of {literal.Token.Text}");
        }
    }

    /// <summary>Whether the literal is a for loop variable's start: <c>for (int t = 0; ...)</c>.</summary>
    public static bool IsLoopStart(LiteralExpressionSyntax literal) =>
        literal.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: ForStatementSyntax } } };
}
