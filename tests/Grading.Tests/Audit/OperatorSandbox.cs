using Grading.Core.Audit;
using Grading.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grading.Tests.Audit;

/// <summary>Applies one operator to a method body compiled against PS1's references (MathNet, TorchSharp), and
/// returns each mutant as the body's changed line, so tests read like the code a student writes.</summary>
internal static class OperatorSandbox
{
    public sealed record Applied(string Description, string Line, bool Compiles);

    public static IReadOnlyList<Applied> Apply(MutationOperator @operator, string body, string usings = "")
    {
        string source = $$"""
            using System;
            using System.Linq;
            using TorchSharp;
            using static TorchSharp.torch;
            {{usings}}
            public static class Sample
            {
                public static object Run(double[] x, double[] y, Tensor tx, Tensor ty)
                {
            {{body}}
                }
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Sample.cs");
        var compilation = CSharpCompilation.Create("Sample", [tree], MetadataReferences.ForPs1, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("The sample does not compile: " + errors[0]);
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot();
        var applied = new List<Applied>();
        foreach (var node in root.DescendantNodes())
        {
            foreach (var mutation in @operator.Mutate(node, model))
            {
                var mutatedRoot = root.ReplaceNode(mutation.Original, mutation.Replacement);
                var mutatedTree = tree.WithRootAndOptions(mutatedRoot, tree.Options);
                bool compiles = !compilation.ReplaceSyntaxTree(tree, mutatedTree).GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
                string line = ChangedLine(source, mutatedRoot.ToFullString());
                applied.Add(new Applied(mutation.Description, line, compiles));
            }
        }
        return applied;
    }

    /// <summary>The first line that differs, trimmed (a statement removed leaves its line empty or ';').</summary>
    private static string ChangedLine(string before, string after)
    {
        string[] a = before.Split('\n'), b = after.Split('\n');
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
            if (a[i] != b[i]) return b[i].Trim();
        return "";
    }
}
