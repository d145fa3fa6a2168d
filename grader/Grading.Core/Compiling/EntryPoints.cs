using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Grading.Core.Compiling;

/// <summary>
/// Takes a student's own test program out of the submission before it compiles. Students keep a Program.cs, with
/// top-level statements or a <c>static void Main</c>, to run their sections locally. The grader calls the section
/// classes itself and never runs an entry point, but top-level statements do not compile into a library (CS8805) and
/// would sink every section, and a Main that reads the data from disk would trip the file policy. So top-level
/// statements and static Main methods are blanked, with spaces and line breaks that keep every
/// other line and column where it was, and the file gets a note saying so.
/// </summary>
internal static class EntryPoints
{
    public const string DiagnosticId = "SRC004";

    /// <summary>The tree without a test program (the same tree when it has none), and a note when it had one.</summary>
    public static (SyntaxTree Tree, CompilerDiagnostic? Note) Remove(SyntaxTree tree)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var statements = root.Members.OfType<GlobalStatementSyntax>().ToList();
        var mains = root.DescendantNodes(node => node is not (BlockSyntax or ArrowExpressionClauseSyntax))
            .OfType<MethodDeclarationSyntax>()
            .Where(IsEntryPointShaped)
            .ToList();
        if (statements.Count == 0 && mains.Count == 0) return (tree, null);

        var text = tree.GetText();
        var changes = statements.Select(statement => Blank(text, statement.FullSpan)).ToList();
        // The whole method goes, signature too: a `Task<int>` return type alone would trip the policy's allow-list.
        changes.AddRange(mains.Select(main => Blank(text, main.FullSpan)));

        var first = (statements.Count > 0 ? statements[0] : (SyntaxNode)mains[0]).GetLocation().GetLineSpan().StartLinePosition;
        string what = statements.Count > 0
            ? "its top-level statements (your own test program) were ignored"
            : $"its `Main` method{(mains.Count > 1 ? "s" : "")} (your own test program) {(mains.Count > 1 ? "were" : "was")} ignored";
        var note = new CompilerDiagnostic(tree.FilePath, first.Line + 1, first.Character + 1, "warning", DiagnosticId,
            $"{Path.GetFileName(tree.FilePath)}: {what}. The grader calls your section classes directly and never runs a program; you may keep it.",
            text.Lines[first.Line].ToString());
        return (tree.WithChangedText(text.WithChanges(changes)), note);
    }

    /// <summary>A static method named Main with a body: what C# would take as a program's entry point.</summary>
    private static bool IsEntryPointShaped(MethodDeclarationSyntax method) =>
        method.Identifier.ValueText == "Main"
        && method.Modifiers.Any(SyntaxKind.StaticKeyword)
        && (method.Body is not null || method.ExpressionBody is not null)
        && method.TypeParameterList is null;

    private static TextChange Blank(SourceText text, TextSpan span) => new(span, WhiteOf(text.ToString(span)));

    // Spaces for every character but line breaks, which stay: the lines after it keep their numbers.
    private static string WhiteOf(string original)
    {
        var white = new StringBuilder(original.Length);
        foreach (char c in original) white.Append(c is '\n' or '\r' ? c : ' ');
        return white.ToString();
    }
}
