using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary>
/// <c>.detach()</c> removed where it is written (a value taken out of the graph that stays in it), or added to a
/// tensor that requires grad where the forward pass reads it (the loss no longer depends on the weights, so
/// backward() leaves their gradient empty). Added only outside <c>no_grad()</c> scopes, where it changes nothing.
/// </summary>
public sealed class DetachOperator : MutationOperator
{
    private static readonly HashSet<string> ForwardOps = new(StringComparer.Ordinal)
    {
        "T", "t", "mT", "matmul", "mm", "mv", "pow", "square", "exp", "sum", "mean", "mul", "add", "sub", "div",
        "reshape", "view", "unsqueeze", "squeeze", "forward", "call",
    };

    // The variables that hold tensors created with requires_grad, per file's semantic model.
    private readonly ConditionalWeakTable<SemanticModel, HashSet<ISymbol>> _gradVariables = new();

    public override string Name => "detach";

    public override string Models => ".detach() removed, or added where the forward pass reads the weights";

    public override IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model)
    {
        if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "detach" } access, ArgumentList.Arguments.Count: 0 } call
            && MutationSyntax.IsTorchCall(call, model))
        {
            yield return new Mutation(call, access.Expression.WithTriviaFrom(call), $".detach() removed from {MutationSyntax.OneLine(access.Expression)}");
        }
        else if (node is IdentifierNameSyntax name && ReadByForwardPass(name, model)
            && model.GetSymbolInfo(name).Symbol is { } symbol && GradVariables(model).Contains(symbol))
        {
            var detached = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, name.WithoutTrivia(), SyntaxFactory.IdentifierName("detach")));
            yield return new Mutation(name, detached.WithTriviaFrom(name), $".detach() added to {name.Identifier.ValueText} in the forward pass");
        }
    }

    private static bool ReadByForwardPass(IdentifierNameSyntax name, SemanticModel model)
    {
        if (name.Ancestors().OfType<UsingStatementSyntax>().Any(scope => scope.ToString().Contains("no_grad", StringComparison.Ordinal))) return false;
        return name.Parent switch
        {
            BinaryExpressionSyntax => true,
            MemberAccessExpressionSyntax access when access.Expression == name => ForwardOps.Contains(access.Name.Identifier.ValueText),
            ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax invocation } => MutationSyntax.IsTorchCall(invocation, model),
            _ => false,
        };
    }

    private HashSet<ISymbol> GradVariables(SemanticModel model) => _gradVariables.GetValue(model, m =>
    {
        var found = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var root = m.SyntaxTree.GetRoot();
        foreach (var declarator in root.DescendantNodes().OfType<VariableDeclaratorSyntax>())
        {
            if (declarator.Initializer is { } initializer && RequiresGrad(initializer) && m.GetDeclaredSymbol(declarator) is { } symbol)
                found.Add(symbol);
        }
        foreach (var assignment in root.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (RequiresGrad(assignment.Right) && m.GetSymbolInfo(assignment.Left).Symbol is { } symbol) found.Add(symbol);
        }
        return found;
    });

    private static bool RequiresGrad(SyntaxNode node) =>
        node.DescendantNodesAndSelf().Any(n =>
            n is ArgumentSyntax { NameColon.Name.Identifier.ValueText: "requires_grad", Expression: var value } && !value.IsKind(SyntaxKind.FalseLiteralExpression)
            || n is InvocationExpressionSyntax invocation && MutationSyntax.CalledName(invocation) == "requires_grad_");
}
