using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit.Operators;

/// <summary>What several operators ask of the code: types, literals, torch calls.</summary>
internal static class MutationSyntax
{
    /// <summary>Whether the expression is a string (or char) one: its + concatenates.</summary>
    public static bool IsText(ExpressionSyntax expression, SemanticModel model) =>
        model.GetTypeInfo(expression).Type?.SpecialType is SpecialType.System_String or SpecialType.System_Char
        || expression is BinaryExpressionSyntax binary && (IsText(binary.Left, model) || IsText(binary.Right, model));

    /// <summary><paramref name="binary"/> with its operator changed to <paramref name="kind"/>'s, the spacing kept.</summary>
    public static Mutation SwapOperator(BinaryExpressionSyntax binary, SyntaxKind kind)
    {
        var mutated = SyntaxFactory.BinaryExpression(kind, binary.Left, binary.Right);
        var token = mutated.OperatorToken.WithTriviaFrom(binary.OperatorToken);
        return new Mutation(binary, mutated.WithOperatorToken(token), $"{token.Text} instead of {binary.OperatorToken.Text}");
    }

    /// <summary>Whether <paramref name="node"/> is the call of a TorchSharp member.</summary>
    public static bool IsTorchCall(InvocationExpressionSyntax invocation, SemanticModel model) =>
        model.GetSymbolInfo(invocation).Symbol is { } symbol && IsTorch(symbol);

    public static bool IsTorch(ISymbol symbol) =>
        symbol.ContainingNamespace?.ToDisplayString().StartsWith("TorchSharp", StringComparison.Ordinal) == true
        || symbol.ContainingType?.ToDisplayString().StartsWith("TorchSharp", StringComparison.Ordinal) == true;

    /// <summary>The name a call is made by: <c>sub_</c> in <c>w.sub_(g)</c>, <c>no_grad</c> in <c>torch.no_grad()</c>.</summary>
    public static string? CalledName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        IdentifierNameSyntax name => name.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        _ => null,
    };

    /// <summary>A numeric literal of the same C# type as <paramref name="like"/> with <paramref name="value"/>
    /// (a double stays a double: 1.0, not 1).</summary>
    public static LiteralExpressionSyntax? Number(LiteralExpressionSyntax like, double value)
    {
        var literal = like.Token.Value switch
        {
            int => value == Math.Floor(value) && Math.Abs(value) < int.MaxValue ? SyntaxFactory.Literal((int)value) : (SyntaxToken?)null,
            long => value == Math.Floor(value) ? SyntaxFactory.Literal(Format(value) + "L", (long)value) : null,
            float => SyntaxFactory.Literal(Format(value) + "f", (float)value),
            double => SyntaxFactory.Literal(WithPoint(Format(value)), value),
            decimal => SyntaxFactory.Literal(Format(value) + "m", (decimal)value),
            _ => null,
        };
        return literal is { } token ? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, token).WithTriviaFrom(like) : null;
    }

    /// <summary>The literal's value as a double, when it is a number.</summary>
    public static double? ValueOf(LiteralExpressionSyntax literal) => literal.Token.Value switch
    {
        int i => i,
        long l => l,
        float f => f,
        double d => d,
        decimal m => (double)m,
        _ => null,
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string WithPoint(string text) => text.Contains('.') || text.Contains('E') || text.Contains('e') ? text : text + ".0";

    /// <summary>Code as one line, whitespace collapsed, for the report.</summary>
    public static string OneLine(SyntaxNode node) =>
        string.Join(' ', node.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
