using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary><c>requires_grad</c> flipped: weights created without it (backward() then has nothing to fill, or
/// throws), or a tensor that should stay out of the graph created with it.</summary>
public sealed class RequiresGradOperator : MutationOperator
{
    public override string Name => "requires-grad";

    public override string Models => "requires_grad flipped: true ↔ false, requires_grad_() left out";

    public override IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model)
    {
        switch (node)
        {
            case ArgumentSyntax { NameColon.Name.Identifier.ValueText: "requires_grad", Expression: LiteralExpressionSyntax value } argument
                when value.IsKind(SyntaxKind.TrueLiteralExpression) || value.IsKind(SyntaxKind.FalseLiteralExpression):
                yield return new Mutation(value, Flip(value), $"requires_grad: {Flip(value)} instead of {value}");
                break;
            case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "requires_grad" }, Right: LiteralExpressionSyntax value }
                when value.IsKind(SyntaxKind.TrueLiteralExpression) || value.IsKind(SyntaxKind.FalseLiteralExpression):
                yield return new Mutation(value, Flip(value), $"requires_grad = {Flip(value)} instead of {value}");
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "requires_grad_" } access } call
                when MutationSyntax.IsTorchCall(call, model):
                yield return new Mutation(call, access.Expression.WithTriviaFrom(call), "requires_grad_() left out");
                break;
        }
    }

    private static LiteralExpressionSyntax Flip(LiteralExpressionSyntax value) =>
        SyntaxFactory.LiteralExpression(value.IsKind(SyntaxKind.TrueLiteralExpression) ? SyntaxKind.FalseLiteralExpression : SyntaxKind.TrueLiteralExpression)
            .WithTriviaFrom(value);
}
