using Grading.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grading.Tests.Rules;

/// <summary>Compiles test submissions in memory, as the grader does, and fails loudly on a broken test source.</summary>
internal static class Submission
{
    /// <param name="files">File name (the syntax tree's path) and source.</param>
    public static Compilation Compile(params (string File, string Source)[] files)
    {
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(file.Source, path: file.File)).ToList();
        var compilation = CSharpCompilation.Create(
            "Submission",
            trees,
            MetadataReferences.ForPs1,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException("Test submission does not compile:\n" + string.Join("\n", errors));
        return compilation;
    }
}
