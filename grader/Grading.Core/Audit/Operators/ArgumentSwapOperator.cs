using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary>Two neighbouring arguments of the same type swapped: <c>new TrainingRun(final, lr, losses, initial)</c>,
/// <c>mse(target, prediction)</c>, <c>randn(7, 1)</c> for <c>randn(1, 7)</c>.</summary>
public sealed class ArgumentSwapOperator : MutationOperator
{
    public override string Name => "swap-arguments";

    public override string Models => "two arguments of the same type passed in the wrong order";

    public override IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model)
    {
        if (node is not ArgumentListSyntax { Arguments.Count: >= 2 } list) yield break;
        var arguments = list.Arguments;
        for (int i = 0; i + 1 < arguments.Count; i++)
        {
            ArgumentSyntax first = arguments[i], second = arguments[i + 1];
            if (first.NameColon is not null || second.NameColon is not null || !first.RefKindKeyword.IsKind(SyntaxKind.None)
                || !second.RefKindKeyword.IsKind(SyntaxKind.None) || first.Expression.IsEquivalentTo(second.Expression))
                continue;
            var firstType = model.GetTypeInfo(first.Expression).Type;
            if (firstType is null || !SymbolEqualityComparer.Default.Equals(firstType, model.GetTypeInfo(second.Expression).Type)) continue;
            var items = arguments.ToList();
            items[i] = second.WithTriviaFrom(first);
            items[i + 1] = first.WithTriviaFrom(second);
            var swapped = SyntaxFactory.SeparatedList(items, arguments.GetSeparators());
            yield return new Mutation(list, list.WithArguments(swapped),
                $"the arguments {MutationSyntax.OneLine(first)} and {MutationSyntax.OneLine(second)} swapped");
        }
    }
}
