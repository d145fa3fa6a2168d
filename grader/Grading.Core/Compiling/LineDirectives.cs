using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Grading.Core.Compiling;

/// <summary>
/// Takes <c>#line</c> directives out of a submission before it compiles. They rename files and renumber lines
/// in everything the compiler produces, the PDB included: a <c>#line 1 "grader/Secret.cs"</c> would make an
/// exception's stack trace blame the grader, and <c>#line hidden</c> would hide the student's lines from it.
/// Each directive is overwritten with spaces, so every other line and column stays where it was, and the
/// file gets a warning saying so.
/// </summary>
internal static class LineDirectives
{
    public const string DiagnosticId = "SRC003";

    /// <summary>The tree without <c>#line</c> directives (the same tree when it has none), and a warning when it had some.</summary>
    public static (SyntaxTree Tree, CompilerDiagnostic? Note) Remove(SyntaxTree tree)
    {
        var root = tree.GetRoot();
        if (!root.ContainsDirectives) return (tree, null);
        var directives = root.DescendantTrivia(descendIntoTrivia: true)
            .Where(t => t.IsKind(SyntaxKind.LineDirectiveTrivia) || t.IsKind(SyntaxKind.LineSpanDirectiveTrivia))
            .Select(t => t.GetStructure()!)
            .ToList();
        if (directives.Count == 0) return (tree, null);
        var text = tree.GetText();
        var blanked = text.WithChanges(directives.Select(d => new TextChange(d.Span, new string(' ', d.Span.Length))));
        var first = directives[0].GetLocation().GetLineSpan().StartLinePosition;
        var note = new CompilerDiagnostic(tree.FilePath, first.Line + 1, first.Character + 1, "warning", DiagnosticId,
            $"#line directives are ignored ({directives.Count} in this file): errors, rule breaches and exceptions name the file's real lines.",
            text.Lines[first.Line].ToString());
        return (tree.WithChangedText(blanked), note);
    }
}
