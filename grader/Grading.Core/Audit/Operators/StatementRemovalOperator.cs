using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary>
/// A statement that does something left out: the gradient clear (<c>zero_grad()</c>, <c>grad = null</c>,
/// <c>grad.zero_()</c>), the optimiser's step, <c>backward()</c>, the loss record, a weight update, the log line.
/// Only calls and assignments are removed; a declaration's removal would not compile.
/// </summary>
public sealed class StatementRemovalOperator : MutationOperator
{
    public override string Name => "statement-removal";

    public override string Models => "a statement forgotten: the gradient clear, zero_grad(), step(), backward(), the loss record, an update";

    public override IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model)
    {
        if (node is not ExpressionStatementSyntax { Expression: InvocationExpressionSyntax or AssignmentExpressionSyntax } statement) yield break;
        // An embedded statement (an if's or a loop's body without braces) becomes an empty block, which compiles without a warning.
        SyntaxNode empty = statement.Parent is BlockSyntax or SwitchSectionSyntax
            ? SyntaxFactory.EmptyStatement()
            : SyntaxFactory.Block();
        yield return new Mutation(statement, empty.WithTriviaFrom(statement), $"{What(statement)} removed: {MutationSyntax.OneLine(statement)}");
    }

    /// <summary>What the removed statement did, in a student's words.</summary>
    private static string What(ExpressionStatementSyntax statement)
    {
        string text = statement.Expression.ToString();
        if (text.Contains("zero_grad", StringComparison.Ordinal) || text.Contains("zero_()", StringComparison.Ordinal)
            || text.Replace(" ", "", StringComparison.Ordinal).Contains(".grad=null", StringComparison.Ordinal))
            return "the gradient clear";
        if (text.EndsWith(".step()", StringComparison.Ordinal)) return "the optimiser step";
        if (text.EndsWith(".backward()", StringComparison.Ordinal)) return "backward()";
        if (text.StartsWith("Console.", StringComparison.Ordinal)) return "the log line";
        return "a statement";
    }
}
