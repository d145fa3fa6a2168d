using System.Reflection;
using Grading.Core.Compiling;
using Grading.Core.Running;
using Grading.Tests.Support;

namespace Grading.Tests.Compiling;

/// <summary>A submission's <c>#line</c> directives cannot change the file or line that compile errors and exceptions report.</summary>
public class LineDirectivesTests
{
    private static readonly Lazy<SubmissionCompiler> Compiler = new(() => new SubmissionCompiler(new Ps1Autograd.Grading.Ps1Harness().SubmissionReferences));

    private static CompilationOutcome Compile(string file, string text)
    {
        using var folder = new TempFolder();
        folder.Write(file, text);
        return Compiler.Value.Compile(SubmissionSource.Read(folder.Path), "Test_" + Guid.NewGuid().ToString("N"));
    }

    [Test]
    public void Compile_ErrorAfterLineDirective_NamesTheRealFileAndLine()
    {
        var outcome = Compile("A.cs", "namespace S;\n#line 1 \"grader/Secret.cs\"\npublic static class A\n{\n    public static int F() => \"text\";\n}\n");

        var error = outcome.Errors.Single();
        Assert.That((error.File, error.Line, error.Column, error.Id), Is.EqualTo(("A.cs", 5, 30, "CS0029")));
        Assert.That(error.SourceLine, Is.EqualTo("    public static int F() => \"text\";"));
        Assert.That(string.Join("\n", outcome.Diagnostics), Does.Not.Contain("Secret"));
    }

    [Test]
    public void Compile_ErrorUnderLineHidden_IsReportedAtItsRealLine()
    {
        var outcome = Compile("A.cs", "namespace S;\npublic static class A\n{\n#line hidden\n    public static int F() => undefined;\n#line default\n}\n");

        var error = outcome.Errors.Single();
        Assert.That((error.File, error.Line, error.Id), Is.EqualTo(("A.cs", 5, "CS0103")));
    }

    [Test]
    public void Compile_LineDirectives_AreIgnoredWithOneWarningPerFile()
    {
        var outcome = Compile("Sub/A.cs", "namespace S;\n  #line 200 \"x.cs\" // moved\npublic static class A { }\n#line (1, 1) - (1, 5) \"y.cs\"\nclass B { }\n");

        Assert.That(outcome.Succeeded, Is.True);
        var note = outcome.Diagnostics.Single(d => d.Id == LineDirectives.DiagnosticId);
        Assert.That((note.File, note.Line, note.Column, note.Severity), Is.EqualTo(("Sub/A.cs", 2, 3, "warning")));
        Assert.That(note.Message, Does.StartWith("#line directives are ignored (2 in this file)"));
    }

    [Test]
    public void Compile_NoLineDirective_HasNoWarning()
    {
        var outcome = Compile("A.cs", "namespace S;\n// #line 5 in a comment\npublic static class A { }\n");
        Assert.That(outcome.Diagnostics.Select(d => d.Id), Does.Not.Contain(LineDirectives.DiagnosticId));
    }

    [TestCase("#line 1 \"grader/Secret.cs\"")]
    [TestCase("#line hidden")]
    public void Invoke_ExceptionUnderLineDirective_NamesTheRealFileAndLine(string directive)
    {
        var outcome = Compile("Thrower.cs", $$"""
            namespace S;
            public static class Thrower
            {
            {{directive}}
                public static int Fail()
                {
                    throw new InvalidOperationException("boom");
                }
            }
            """);
        Assert.That(outcome.Succeeded, Is.True, string.Join("\n", outcome.Diagnostics));
        using var assembly = new SubmissionAssembly(outcome, "LineDirectives");
        var fail = assembly.Assembly.GetType("S.Thrower")!.GetMethod("Fail", BindingFlags.Public | BindingFlags.Static)!;

        var call = new GuardedInvoker(new GradingOptions()).Invoke(() => (int)fail.Invoke(null, null)!, TimeSpan.FromSeconds(10), "1.1 Fail");

        Assert.That(call.Outcome, Is.EqualTo(RunOutcome.Threw));
        Assert.That(call.Error, Does.EndWith("(in Thrower.Fail, Thrower.cs line 7)"));
    }
}
