using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary>
/// The step size (the learning rate) ×10 and ÷10: a rate that diverges, or one too small to converge in the steps
/// given. The type says "step size" because the engine names no assignment's concepts (Architecture tests). Found by
/// name (a field, constant or local called lr, learningRate, LearningRate, eta, alpha, step size) or by the
/// parameter it is passed to (<c>lr:</c> of an optimiser), with a number for its value.
/// </summary>
public sealed partial class StepSizeOperator : MutationOperator
{
    public override string Name => "learning-rate";

    public override string Models => "the learning rate ×10 or ÷10";

    public override IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model)
    {
        if (node is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal || !IsRate(literal, model)) yield break;
        if (MutationSyntax.ValueOf(literal) is not { } value || value == 0) yield break;
        foreach (var (factor, what) in new[] { (10.0, "×10"), (0.1, "÷10") })
        {
            if (MutationSyntax.Number(literal, Round(value * factor)) is { } replacement)
                yield return new Mutation(literal, replacement, $"the learning rate {what} ({literal.Token.Text} → {replacement.Token.Text})");
        }
    }

    private static bool IsRate(LiteralExpressionSyntax literal, SemanticModel model)
    {
        var parent = literal.Parent;
        if (parent is PrefixUnaryExpressionSyntax) parent = parent.Parent;
        return parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => RateName().IsMatch(declarator.Identifier.ValueText),
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => RateName().IsMatch(property.Identifier.ValueText),
            ArgumentSyntax { NameColon: { } name } => RateName().IsMatch(name.Name.Identifier.ValueText),
            ArgumentSyntax argument => model.GetOperation(argument) is Microsoft.CodeAnalysis.Operations.IArgumentOperation { Parameter: { } parameter }
                && RateName().IsMatch(parameter.Name),
            _ => false,
        };
    }

    // 0.1 × 10 is 1.0000000000000002 in binary: the report shows 1.
    private static double Round(double value) => double.Parse(value.ToString("G12", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^_?(lr|learning_?rate|eta|alpha|step_?size)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RateName();
}
