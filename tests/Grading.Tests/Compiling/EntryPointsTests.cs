using System.Reflection;
using Grading.Core.Compiling;
using Grading.Tests.Support;

namespace Grading.Tests.Compiling;

/// <summary>A student's leftover test program (top-level statements or a static Main) neither sinks the compile nor runs.</summary>
public class EntryPointsTests
{
    private static readonly Lazy<SubmissionCompiler> Compiler = new(() => new SubmissionCompiler(new Ps1Autograd.Grading.Ps1Harness().SubmissionReferences));

    private static CompilationOutcome Compile(params (string File, string Text)[] files)
    {
        using var folder = new TempFolder();
        foreach (var (file, text) in files) folder.Write(file, text);
        return Compiler.Value.Compile(SubmissionSource.Read(folder.Path), "Test_" + Guid.NewGuid().ToString("N"));
    }

    private const string Section = "namespace S;\npublic class Solver\n{\n    public int Answer() => 42;\n}\n";

    [Test]
    public void Compile_TopLevelStatements_CompilesWithANoteAndKeepsLines()
    {
        var outcome = Compile(("Solver.cs", Section), ("Program.cs", """
            using S;
            var answer = new Solver().Answer();
            Console.WriteLine(answer);
            File.WriteAllText("out.txt", answer.ToString());
            static int Twice(int x) => 2 * x;
            class Helper { public static int Broken() => "not an int"; }
            """));

        Assert.That(outcome.Succeeded, Is.False, "the error after the ignored statements is still reported");
        var error = outcome.Errors.Single();
        Assert.That((error.File, error.Line, error.Id), Is.EqualTo(("Program.cs", 6, "CS0029")), "lines keep their numbers");
        var note = outcome.Diagnostics.Single(d => d.Id == EntryPoints.DiagnosticId);
        Assert.That((note.File, note.Line, note.Severity), Is.EqualTo(("Program.cs", 2, "warning")));
        Assert.That(note.Message, Does.Contain("top-level statements (your own test program) were ignored"));
    }

    [Test]
    public void Compile_TopLevelStatementsInTwoFiles_BothIgnored()
    {
        var outcome = Compile(("Solver.cs", Section), ("A.cs", "System.Console.WriteLine(1);\n"), ("B.cs", "System.Console.WriteLine(2);\n"));

        Assert.That(outcome.Succeeded, Is.True, string.Join("\n", outcome.Diagnostics));
        Assert.That(outcome.Diagnostics.Count(d => d.Id == EntryPoints.DiagnosticId), Is.EqualTo(2));
    }

    [TestCase("static void Main() { Environment.Exit(3); }")]
    [TestCase("static int Main(string[] args) => Environment.ExitCode = 3;")]
    [TestCase("public static async Task Main(string[] args) { await Task.Delay(1); Environment.Exit(3); }")]
    [TestCase("private static async Task<int> Main()\n    {\n        await Task.Yield();\n        return 3;\n    }")]
    public void Compile_StaticMain_IsLeftOutAndNoted(string main)
    {
        var outcome = Compile(("Solver.cs", Section), ("Program.cs", $"namespace S;\nstatic class Program\n{{\n    {main}\n    public static int Other() => 7;\n}}\n"));

        Assert.That(outcome.Succeeded, Is.True, string.Join("\n", outcome.Diagnostics));
        var note = outcome.Diagnostics.Single(d => d.Id == EntryPoints.DiagnosticId);
        Assert.That((note.File, note.Line), Is.EqualTo(("Program.cs", 4)));
        Assert.That(note.Message, Does.Contain("`Main` method (your own test program) was ignored"));
        using var assembly = new SubmissionAssembly(outcome, "EntryPoints");
        var program = assembly.Assembly.GetType("S.Program")!;
        Assert.That(program.GetMethod("Other")!.Invoke(null, null), Is.EqualTo(7), "the rest of the class is untouched");
        Assert.That(program.GetMethod("Main", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static), Is.Null, "Main is gone, signature and all");
    }

    [Test]
    public void Compile_MainThatIsNotStatic_IsLeftAlone()
    {
        var outcome = Compile(("Solver.cs", "namespace S;\npublic class Menu\n{\n    public int Main() => 5;\n}\n"));

        Assert.That(outcome.Succeeded, Is.True);
        Assert.That(outcome.Diagnostics.Select(d => d.Id), Does.Not.Contain(EntryPoints.DiagnosticId));
    }
}
