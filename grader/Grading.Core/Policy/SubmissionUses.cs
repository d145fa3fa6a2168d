using Grading.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Grading.Core.Policy;

/// <summary>Every API use in the submission's source, reachable or not, and how uses are told apart.</summary>
internal static class SubmissionUses
{
    /// <summary>All uses in every syntax tree, in file and source order.</summary>
    public static IReadOnlyList<ApiUse> All(Compilation compilation)
    {
        var uses = new Dictionary<(string, TextSpan, string), ApiUse>();
        var scanner = new SyntaxUseScanner(use => uses.TryAdd(KeyOf(use), use), _ => { });
        foreach (var tree in compilation.SyntaxTrees)
            scanner.Scan(tree.GetRoot(), SemanticModels.For(compilation, tree));
        return uses.Values
            .OrderBy(use => use.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(use => use.Location.SourceSpan.Start)
            .ToList();
    }

    /// <summary>The same symbol at the same place in the same file: a use found by two scans is one use, while
    /// the several calls one piece of source stands for (foreach's GetEnumerator and MoveNext) stay apart.</summary>
    public static (string File, TextSpan Span, string Display) KeyOf(ApiUse use) =>
        (use.Location.SourceTree?.FilePath ?? "", use.Location.SourceSpan, use.Display);
}
