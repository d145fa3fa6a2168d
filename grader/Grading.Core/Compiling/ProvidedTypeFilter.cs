using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Compiling;

/// <summary>
/// Keeps a submission to its own code. A file that declares a type the grader provides (a contract
/// interface, <c>TrainingRun</c>, a library type) is a copy of the grader's material, edited or not: it is
/// left out of the compilation with a warning, so the submission always compiles against the grader's
/// own contracts. Compiled in, a widened copy would shadow the real interface and the section would
/// silently find no implementation; left out, it changes nothing.
/// </summary>
public sealed class ProvidedTypeFilter
{
    public const string DiagnosticId = "PROVIDED";

    private readonly HashSet<string> _provided;

    public ProvidedTypeFilter(IEnumerable<Assembly> provided) =>
        _provided = provided.SelectMany(a => a.GetExportedTypes()).Select(t => t.FullName).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>The submission without the files that redeclare provided types, and a warning for each file left out.</summary>
    public (SubmissionSource Kept, IReadOnlyList<CompilerDiagnostic> LeftOut) Apply(SubmissionSource source)
    {
        var leftOut = new List<CompilerDiagnostic>();
        var kept = new List<SourceFile>();
        foreach (var file in source.Files)
        {
            var tree = CSharpSyntaxTree.ParseText(file.Text, new CSharpParseOptions(LanguageVersion.Latest), file.RelativePath);
            var redeclared = TopLevelTypes(tree.GetRoot()).FirstOrDefault(t => _provided.Contains(t.Name));
            if (redeclared.Node is null)
            {
                kept.Add(file);
                continue;
            }
            var position = redeclared.Node.GetLocation().GetLineSpan().StartLinePosition;
            leftOut.Add(new CompilerDiagnostic(file.RelativePath, position.Line + 1, position.Character + 1, "warning", DiagnosticId,
                $"{file.RelativePath} was not compiled: it declares {redeclared.Name.Replace('`', '~')}, which the grader provides. "
                + "The grader compiles against its own contracts, so a copy of them changes nothing; keep your code in other files.",
                tree.GetText().Lines[position.Line].ToString()));
        }
        return (source.With(kept), leftOut);
    }

    /// <summary>Every type declared directly in a namespace (or the global one), with its metadata name (Ns.Name`arity).</summary>
    private static IEnumerable<(string Name, SyntaxNode Node)> TopLevelTypes(SyntaxNode node, string prefix = "")
    {
        foreach (var member in node.ChildNodes())
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    foreach (var type in TopLevelTypes(ns, prefix + ns.Name.ToString().Replace(" ", "", StringComparison.Ordinal) + "."))
                        yield return type;
                    break;
                case BaseTypeDeclarationSyntax type:
                    yield return (prefix + type.Identifier.ValueText + Arity((type as TypeDeclarationSyntax)?.TypeParameterList), type);
                    break;
                case DelegateDeclarationSyntax d:
                    yield return (prefix + d.Identifier.ValueText + Arity(d.TypeParameterList), d);
                    break;
            }
        }
    }

    private static string Arity(TypeParameterListSyntax? parameters) => parameters is { Parameters.Count: > 0 } p ? "`" + p.Parameters.Count : "";
}
