using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Grading.Core.Rules;

/// <summary>
/// Evaluates an argument as far as the code shows it: constants, a helper's parameter bound by the call
/// site, and a local that is only ever given one value that can itself be evaluated. Anything else
/// (a condition, a field, a computation) is unknown: the rule says it could not tell.
/// </summary>
internal static class ArgumentEvaluator
{
    private const int MaxDepth = 8;

    public static ArgumentValue Evaluate(IOperation value, ImmutableDictionary<IParameterSymbol, ArgumentValue> bindings, int depth = 0)
    {
        var text = value.Syntax.ToString();
        // bool? parameters wrap the value in a conversion; the constant is on the operand.
        while (value is IConversionOperation conversion && !value.ConstantValue.HasValue)
            value = conversion.Operand;
        if (value.ConstantValue.HasValue)
            return new ArgumentValue(true, value.ConstantValue.Value, text);
        if (depth >= MaxDepth)
            return ArgumentValue.Unknown(text);
        return value switch
        {
            // A known value is shown by the parameter's name (and where it came from); an unknown one by what the caller wrote.
            IParameterReferenceOperation parameter when bindings.TryGetValue(parameter.Parameter.OriginalDefinition, out var bound) =>
                bound.Known ? bound with { Text = text } : bound,
            ILocalReferenceOperation local => OfLocal(local, bindings, depth) is { Known: true } assigned ? assigned with { Text = text } : ArgumentValue.Unknown(text),
            _ => ArgumentValue.Unknown(text),
        };
    }

    /// <summary>The value of the parameter <paramref name="parameterName"/> that the call or property assignment
    /// at <paramref name="use"/> passes; null when that member has no such parameter (the use does not set it).</summary>
    public static IOperation? ArgumentOf(ApiUse use, string parameterName, SemanticModel model)
    {
        if (use.Location.SourceTree is not { } tree)
            return null;
        var node = tree.GetRoot().FindNode(use.Location.SourceSpan, getInnermostNodeForTie: true);
        var call = node.AncestorsAndSelf().FirstOrDefault(IsCallOrAssignment);
        switch (call)
        {
            case AssignmentExpressionSyntax assignment when assignment.Left.Span.Contains(use.Location.SourceSpan)
                && use.Symbol?.Name == parameterName:
                return model.GetOperation(assignment.Right);
            case AssignmentExpressionSyntax:
                return null;
            case not null:
                var arguments = model.GetOperation(call) switch
                {
                    IInvocationOperation invocation => invocation.Arguments,
                    IObjectCreationOperation creation => creation.Arguments,
                    _ => ImmutableArray<IArgumentOperation>.Empty,
                };
                return arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameterName)?.Value;
            default:
                return null;
        }

        // The call the use's name is the callee of: `torch.zeros` in torch.zeros(...), not a call it is an argument of.
        bool IsCallOrAssignment(SyntaxNode candidate) => candidate switch
        {
            InvocationExpressionSyntax invocation => invocation.Expression.Span.Contains(use.Location.SourceSpan),
            BaseObjectCreationExpressionSyntax creation => !(creation.ArgumentList?.Span.Contains(use.Location.SourceSpan) ?? false)
                && !(creation.Initializer?.Span.Contains(use.Location.SourceSpan) ?? false),
            ConstructorInitializerSyntax initializer => initializer.ThisOrBaseKeyword.Span.Contains(use.Location.SourceSpan),
            AssignmentExpressionSyntax assignment => assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left.Span.Contains(use.Location.SourceSpan),
            _ => false,
        };
    }

    // A local given one value at its declaration and never written again has that value everywhere.
    private static ArgumentValue? OfLocal(ILocalReferenceOperation reference, ImmutableDictionary<IParameterSymbol, ArgumentValue> bindings, int depth)
    {
        var local = reference.Local;
        if (local.DeclaringSyntaxReferences is not [var declaration]
            || declaration.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator)
            return null;
        var model = reference.SemanticModel;
        if (model is null || declarator.SyntaxTree != reference.Syntax.SyntaxTree)
            return null;
        var scope = declarator.Ancestors().FirstOrDefault(node => node is BlockSyntax or SwitchSectionSyntax or BaseMethodDeclarationSyntax) ?? declarator.Parent!;
        if (IsWrittenAgain(local, scope, model))
            return null;
        return model.GetOperation(initializer) is { } value ? Evaluate(value, bindings, depth + 1) : null;
    }

    private static bool IsWrittenAgain(ILocalSymbol local, SyntaxNode scope, SemanticModel model) =>
        scope.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(name => name.Identifier.Text == local.Name)
            .Where(name => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, local))
            .Any(name => name.Parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left == name,
                ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
                PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
                RefExpressionSyntax => true,
                _ => false,
            });
}
