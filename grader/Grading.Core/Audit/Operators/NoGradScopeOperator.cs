using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary>The <c>no_grad()</c> scope around the update left out: the update is then recorded in the graph
/// (and an in-place change of a leaf that requires grad throws).</summary>
public sealed class NoGradScopeOperator : MutationOperator
{
    private static readonly string[] GradModes = ["no_grad", "set_grad_enabled", "inference_mode"];

    public override string Name => "no-grad-scope";

    public override string Models => "the no_grad() scope around the weight update left out";

    public override IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model)
    {
        switch (node)
        {
            case UsingStatementSyntax { Expression: { } expression } scope when IsGradMode(expression):
                yield return new Mutation(scope, scope.Statement.WithTriviaFrom(scope), $"the {Mode(expression)} scope removed");
                break;
            case UsingStatementSyntax { Declaration: { } declaration } scope when IsGradMode(declaration):
                yield return new Mutation(scope, scope.Statement.WithTriviaFrom(scope), $"the {Mode(declaration)} scope removed");
                break;
            case LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword } local when IsGradMode(local.Declaration):
                yield return new Mutation(local, SyntaxFactory.EmptyStatement().WithTriviaFrom(local), $"the {Mode(local.Declaration)} scope removed");
                break;
        }
    }

    private static bool IsGradMode(SyntaxNode node) => Mode(node) is not null;

    private static string? Mode(SyntaxNode node) =>
        node.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Select(MutationSyntax.CalledName)
            .FirstOrDefault(name => name is not null && GradModes.Contains(name)) is { } mode ? mode + "()" : null;
}
