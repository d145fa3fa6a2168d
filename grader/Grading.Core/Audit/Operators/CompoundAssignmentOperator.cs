using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary><c>-=</c> ↔ <c>+=</c> (gradient ascent), <c>*=</c> ↔ <c>/=</c>, and any compound assignment as a plain
/// <c>=</c>: a sum that keeps only its last term, an update that replaces the weight by the step.</summary>
public sealed class CompoundAssignmentOperator : MutationOperator
{
    public override string Name => "compound-assignment";

    public override string Models => "a compound assignment wrong: += for -= (ascent), or = for += (a sum keeps its last term)";

    public override IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model)
    {
        if (node is not AssignmentExpressionSyntax assignment || MutationSyntax.IsText(assignment.Left, model)) yield break;
        var kind = assignment.Kind();
        var swapped = kind switch
        {
            SyntaxKind.SubtractAssignmentExpression => SyntaxKind.AddAssignmentExpression,
            SyntaxKind.AddAssignmentExpression => SyntaxKind.SubtractAssignmentExpression,
            SyntaxKind.MultiplyAssignmentExpression => SyntaxKind.DivideAssignmentExpression,
            SyntaxKind.DivideAssignmentExpression => SyntaxKind.MultiplyAssignmentExpression,
            _ => SyntaxKind.None,
        };
        if (swapped == SyntaxKind.None) yield break;
        yield return Replace(assignment, swapped);
        yield return Replace(assignment, SyntaxKind.SimpleAssignmentExpression);
    }

    private static Mutation Replace(AssignmentExpressionSyntax assignment, SyntaxKind kind)
    {
        var mutated = SyntaxFactory.AssignmentExpression(kind, assignment.Left, assignment.Right);
        var token = mutated.OperatorToken.WithTriviaFrom(assignment.OperatorToken);
        return new Mutation(assignment, mutated.WithOperatorToken(token),
            $"{token.Text} instead of {assignment.OperatorToken.Text}");
    }
}
