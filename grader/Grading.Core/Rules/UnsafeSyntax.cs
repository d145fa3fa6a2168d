using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Rules;

/// <summary>
/// Unsafe code as a use of the pseudo-API <c>unsafe</c>, so a rule or the policy can say
/// <c>forbid: unsafe</c>. Unsafe code is a compile error in a submission anyway (the compilation
/// disallows it); reporting it here gives the student a message that says why, next to the
/// compiler's CS0227. <c>unsafe</c> is a keyword, so no real symbol has that dotted name.
/// </summary>
internal static class UnsafeSyntax
{
    /// <summary>The name every unsafe construct answers to.</summary>
    public const string Name = "unsafe";

    public static IReadOnlyList<string> Names { get; } = [Name];

    /// <summary>Where and how to show <paramref name="node"/> when it is unsafe code, else null.</summary>
    public static (Location Location, string Display)? Describe(SyntaxNode node) => node switch
    {
        UnsafeStatementSyntax block => (block.UnsafeKeyword.GetLocation(), "unsafe { ... }"),
        MemberDeclarationSyntax member when UnsafeModifier(member.Modifiers) is { } modifier => (modifier.GetLocation(), Name),
        LocalFunctionStatementSyntax local when UnsafeModifier(local.Modifiers) is { } modifier => (modifier.GetLocation(), Name),
        // Pointers and function pointers cannot exist outside unsafe code; reported even without the
        // keyword, since `var p = &x;` compiles to the same thing as `int* p = &x;`.
        PointerTypeSyntax or FunctionPointerTypeSyntax => (node.GetLocation(), node.ToString()),
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.AddressOfExpression or (int)SyntaxKind.PointerIndirectionExpression } pointer
            => (pointer.OperatorToken.GetLocation(), pointer.ToString()),
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.PointerMemberAccessExpression } arrow
            => (arrow.OperatorToken.GetLocation(), arrow.ToString()),
        FixedStatementSyntax @fixed => (@fixed.FixedKeyword.GetLocation(), "fixed (...)"),
        _ => null,
    };

    private static SyntaxToken? UnsafeModifier(SyntaxTokenList modifiers)
    {
        var index = modifiers.IndexOf(SyntaxKind.UnsafeKeyword);
        return index >= 0 ? modifiers[index] : null;
    }
}
