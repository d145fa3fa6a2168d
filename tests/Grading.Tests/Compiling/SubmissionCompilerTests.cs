using Grading.Core.Compiling;
using Grading.Tests.Support;

namespace Grading.Tests.Compiling;

public class SubmissionCompilerTests
{
    // Roslyn maps the references once; every test shares them, as the grader does across submissions.
    private static readonly Lazy<SubmissionCompiler> Compiler = new(() => new SubmissionCompiler(new Ps1Autograd.Grading.Ps1Harness().SubmissionReferences));

    private static CompilationOutcome Compile(params (string File, string Text)[] files)
    {
        using var folder = new TempFolder();
        foreach (var (file, text) in files) folder.Write(file, text);
        return Compiler.Value.Compile(SubmissionSource.Read(folder.Path), "Test_" + Guid.NewGuid().ToString("N"));
    }

    private static string Errors(CompilationOutcome outcome) => string.Join("\n", outcome.Diagnostics);

    [Test]
    public void Compile_ValidCode_SucceedsWithAnImageAndSymbols()
    {
        var outcome = Compile(("A.cs", "namespace S; public static class A { public static int Two() => 2; }"));
        Assert.That(outcome.Succeeded, Is.True, Errors(outcome));
        Assert.That(outcome.Image, Is.Not.Null.And.Not.Empty);
        Assert.That(outcome.Symbols, Is.Not.Null.And.Not.Empty);
        Assert.That(outcome.Errors, Is.Empty);
    }

    [Test]
    public void Compile_TypeError_IsReportedInTheStudentsFileWithTheLine()
    {
        var outcome = Compile(
            ("Good.cs", "namespace S; public static class Good { }"),
            ("Helpers/Broken.cs", "namespace S;\npublic static class Broken\n{\n    public static int F() { int x = \"text\"; return x; }\n}\n"));
        Assert.That(outcome.Succeeded, Is.False);
        Assert.That(outcome.Image, Is.Null);
        var error = outcome.Errors.Single();
        Assert.That(error.ToString(), Is.EqualTo("Helpers/Broken.cs(4,37): error CS0029: Cannot implicitly convert type 'string' to 'int'"));
        Assert.That((error.File, error.Line, error.Column, error.Id), Is.EqualTo(("Helpers/Broken.cs", 4, 37, "CS0029")));
        Assert.That(error.SourceLine, Is.EqualTo("    public static int F() { int x = \"text\"; return x; }"));
    }

    [Test]
    public void Compile_ErrorsAndWarnings_ListsErrorsFirst()
    {
        var outcome = Compile(
            ("A.cs", "namespace S; public static class A { public static void F() { int unused = 0; } }"),
            ("B.cs", "namespace S; public static class B { public static void G() { undefined++; } }"));
        Assert.That(outcome.Diagnostics.Select(d => (d.Severity, d.Id)), Is.EqualTo(new[] { ("error", "CS0103"), ("warning", "CS0219") }));
    }

    [Test]
    public void Compile_WithoutUsingDirectives_SeesTheImplicitGlobalUsings()
    {
        var outcome = Compile(("A.cs", """
            namespace S;
            public static class A
            {
                public static async Task<int> F()
                {
                    var list = new List<int> { 3, 1, 2 };
                    Console.WriteLine(Path.Combine("a", "b"));
                    using var gate = new CancellationTokenSource();
                    await Task.Yield();
                    return list.OrderBy(x => x).First();
                }
            }
            """));
        Assert.That(outcome.Succeeded, Is.True, Errors(outcome));
    }

    [Test]
    public void Compile_AllowedLibraries_AreReferenced()
    {
        var outcome = Compile(("A.cs", """
            using MathNet.Numerics.LinearAlgebra;
            using Ps1Autograd;
            namespace S;
            public static class A
            {
                public static double F() => Matrix<double>.Build.DenseIdentity(3).Trace() + TorchSharp.torch.ones(2).sum().item<float>();
                public static TrainingOptions O() => new(1, 1, 1);
                public static Grading.Contracts.IWrittenAnswers? W() => null;
            }
            """));
        Assert.That(outcome.Succeeded, Is.True, Errors(outcome));
    }

    [Test]
    public void Compile_GraderInternals_AreNotReferenced()
    {
        // The grader's own assemblies are loaded in the process but are no part of what a submission may use.
        var outcome = Compile(("A.cs", "namespace S; public static class A { public static object F() => new YamlDotNet.Serialization.Deserializer(); }"));
        Assert.That(outcome.Succeeded, Is.False);
        Assert.That(outcome.Errors.Single().Id, Is.EqualTo("CS0246"));
    }

    [Test]
    public void Compile_ReferenceSolution_Succeeds()
    {
        var outcome = Compiler.Value.Compile(SubmissionSource.Read(Ps1Grading.Reference), "Reference");
        Assert.That(outcome.Succeeded, Is.True, Errors(outcome));
        Assert.That(outcome.Errors, Is.Empty);
    }
}
