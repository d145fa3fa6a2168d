using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary>
/// A numeric constant changed the way students get it wrong: the 2 of the MSE's derivative written as 1, a 1 as
/// 0 (or 0 as 1), a whole number off by one (a shape, an index, a count). Other fractions are left to
/// <see cref="StepSizeOperator"/>; a for loop's start to <see cref="LoopBoundOperator"/>.
/// </summary>
public sealed class ConstantOperator : MutationOperator
{
    public override string Name => "constant";

    public override string Models => "a constant wrong: 2 → 1 (the factor of the derivative), 1 ↔ 0, a whole number off by one";

    public override IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model)
    {
        if (node is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal) yield break;
        if (LoopBoundOperator.IsLoopStart(literal) || literal.FirstAncestorOrSelf<AttributeSyntax>() is not null) yield break;
        if (MutationSyntax.ValueOf(literal) is not { } value) yield break;
        bool whole = literal.Token.Value is int or long;
        double? changed = value switch
        {
            0 => 1,
            1 => 0,
            2 => 1,
            _ when whole && value > 2 => value + 1,
            _ => null,
        };
        if (changed is { } to && MutationSyntax.Number(literal, to) is { } replacement)
            yield return new Mutation(literal, replacement, $"{replacement.Token.Text} instead of {literal.Token.Text}");
    }
}
