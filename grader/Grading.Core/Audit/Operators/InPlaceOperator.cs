using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary>A tensor op in place where it should not be, or out of place where it should: <c>w.sub(step)</c> whose
/// result is dropped (the weights never move), <c>x.mul_(2)</c> that changes the data it reads.</summary>
public sealed class InPlaceOperator : MutationOperator
{
    private static readonly Dictionary<string, string> Swaps = new(StringComparer.Ordinal)
    {
        ["sub_"] = "sub", ["sub"] = "sub_", ["add_"] = "add", ["add"] = "add_",
        ["mul_"] = "mul", ["mul"] = "mul_", ["div_"] = "div", ["div"] = "div_",
    };

    public override string Name => "in-place";

    public override string Models => "an in-place tensor op (sub_) for an out-of-place one (sub), or the reverse";

    public override IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model)
    {
        if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation) yield break;
        if (!Swaps.TryGetValue(access.Name.Identifier.ValueText, out string? swapped) || !MutationSyntax.IsTorchCall(invocation, model)) yield break;
        var name = SyntaxFactory.IdentifierName(swapped).WithTriviaFrom(access.Name);
        yield return new Mutation(invocation, invocation.WithExpression(access.WithName(name)),
            $"{swapped}() instead of {access.Name.Identifier.ValueText}()");
    }
}
