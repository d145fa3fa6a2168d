using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Rules;

/// <summary>
/// Async code as a use of the pseudo-API <c>async</c>, so the policy can say <c>forbid: async</c>. An
/// async method called without <c>await</c> goes on running on the thread pool after the call that
/// started it has returned, where the grader neither times nor stops it. <c>async</c> is a keyword,
/// so no real symbol has that dotted name.
/// </summary>
internal static class AsyncSyntax
{
    public const string Name = "async";

    public static IReadOnlyList<string> Names { get; } = [Name];

    /// <summary>Where and how to show <paramref name="node"/> when it declares async code, else null.</summary>
    public static (Location Location, string Display)? Describe(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax method when Modifier(method.Modifiers) is { } modifier => (modifier.GetLocation(), $"async {method.Identifier.Text}(...)"),
        LocalFunctionStatementSyntax local when Modifier(local.Modifiers) is { } modifier => (modifier.GetLocation(), $"async {local.Identifier.Text}(...)"),
        AnonymousFunctionExpressionSyntax { AsyncKeyword.RawKind: (int)SyntaxKind.AsyncKeyword } lambda => (lambda.AsyncKeyword.GetLocation(), "async lambda"),
        _ => null,
    };

    private static SyntaxToken? Modifier(SyntaxTokenList modifiers)
    {
        int index = modifiers.IndexOf(SyntaxKind.AsyncKeyword);
        return index >= 0 ? modifiers[index] : null;
    }
}
