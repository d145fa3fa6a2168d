using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary>
/// An earlier variable of the same type returned instead of the right one: the initial weights for the final ones,
/// the target for the loss history. Applied to what a method returns and to each argument of an object it returns
/// (<c>return new TrainingRun(...)</c>); the three variables declared nearest before the return are tried.
/// </summary>
public sealed class EarlierVariableOperator : MutationOperator
{
    private const int Candidates = 3;

    public override string Name => "earlier-variable";

    public override string Models => "an earlier variable of the same type returned (the initial weights for the final ones)";

    public override IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model)
    {
        if (node is not ReturnStatementSyntax { Expression: { } returned } statement) return [];
        var targets = returned is BaseObjectCreationExpressionSyntax { ArgumentList: { } list }
            ? list.Arguments.Where(a => a.NameColon is null).Select(a => a.Expression)
            : [returned];
        return targets.SelectMany(target => Replace(target, statement, model)).ToList();
    }

    private static IEnumerable<Mutation> Replace(ExpressionSyntax target, ReturnStatementSyntax statement, SemanticModel model)
    {
        if (target is LiteralExpressionSyntax || model.GetTypeInfo(target).Type is not { } type || type.SpecialType == SpecialType.System_Object) yield break;
        var used = target.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Select(n => n.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);
        var earlier = model.LookupSymbols(statement.SpanStart)
            .Where(symbol => symbol is ILocalSymbol or IParameterSymbol)
            .Where(symbol => SymbolEqualityComparer.Default.Equals(TypeOf(symbol), type) && !used.Contains(symbol.Name))
            .Select(symbol => (Symbol: symbol, Position: symbol.Locations.FirstOrDefault()?.SourceSpan.Start ?? -1))
            .Where(s => s.Position >= 0 && s.Position < statement.SpanStart && s.Symbol.Locations[0].SourceTree == statement.SyntaxTree)
            .OrderByDescending(s => s.Position)
            .Take(Candidates);
        foreach (var (symbol, _) in earlier)
        {
            var replacement = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.IdentifierName(symbol.Name).WithTriviaFrom(target);
            yield return new Mutation(target, replacement, $"{symbol.Name} returned instead of {MutationSyntax.OneLine(target)}");
        }
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        _ => null,
    };
}
