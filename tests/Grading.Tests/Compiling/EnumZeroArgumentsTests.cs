using Grading.Core.Compiling;
using Grading.Tests.Support;

namespace Grading.Tests.Compiling;

/// <summary>A literal 0 that C# turns into a TorchSharp enum (<c>t.sum(0)</c> is <c>sum(ScalarType.Byte)</c>) is named with its fix.</summary>
public class EnumZeroArgumentsTests
{
    private static readonly Lazy<SubmissionCompiler> Compiler = new(() => new SubmissionCompiler(new Ps1Autograd.Grading.Ps1Harness().SubmissionReferences));

    private static CompilationOutcome Compile(string body)
    {
        using var folder = new TempFolder();
        folder.Write("A.cs", $"using TorchSharp;\nusing static TorchSharp.torch;\nnamespace S;\npublic static class A\n{{\n    public static Tensor F(Tensor t) => {body};\n}}\n");
        return Compiler.Value.Compile(SubmissionSource.Read(folder.Path), "Test_" + Guid.NewGuid().ToString("N"));
    }

    [Test]
    public void Compile_SumOfLiteralZero_WarnsWithTheFix()
    {
        var outcome = Compile("(t * 2).sum(0)");

        Assert.That(outcome.Succeeded, Is.True, string.Join("\n", outcome.Diagnostics));
        var warning = outcome.Diagnostics.Single(d => d.Id == EnumZeroArguments.DiagnosticId);
        Assert.That((warning.File, warning.Line, warning.Severity), Is.EqualTo(("A.cs", 6, "warning")));
        Assert.That(warning.Message, Does.Contain("the literal 0 converts to any enum").And.Contain("`sum(dim: 0)`").And.Contain("ScalarType"));
    }

    [TestCase("t.sum(dim: 0)")]
    [TestCase("t.sum(0, keepdim: false)")]
    [TestCase("t.sum(new long[] { 0 })")]
    [TestCase("t.mean(new long[] { 0 })")]
    [TestCase("t.sum(ScalarType.Float64)")]
    [TestCase("t.select(0, 0)")]
    public void Compile_DimensionOrDeliberateDtype_HasNoWarning(string body)
    {
        var outcome = Compile(body);

        Assert.That(outcome.Succeeded, Is.True, string.Join("\n", outcome.Diagnostics));
        Assert.That(outcome.Diagnostics.Select(d => d.Id), Does.Not.Contain(EnumZeroArguments.DiagnosticId));
    }
}
