using System.Text;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Cli;

/// <summary>
/// A real <c>check</c> of a submission that throws hostile text, moves its lines with <c>#line</c> and has a file whose
/// name is not UTF-8: the terminal table and the Markdown summary show all of it as text, and nothing points at the grader.
/// </summary>
public class CliHostileTextTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    // Line 10 throws; the #line before it claims to be line 1 of a grader file.
    private static readonly string Section11 = $$"""
        using System;
        using MathNet.Numerics.LinearAlgebra;
        using Ps1Autograd;

        namespace Submission;

        public sealed class Section11ClosedForm : ISection11ClosedForm
        {
        #line 1 "grader/Secret.cs"
            public Vector<double> Solve(HousingData data) => throw new InvalidOperationException("{{Literal(HostileText.Every)}}");
        }
        """;

    [Test]
    public void Check_HostileSubmission_TerminalAndMarkdownShowItAsTextAtItsRealLine()
    {
        using var work = new TempFolder("grader-cli-");
        string submission = Path.Combine(work.Path, "submission");
        Directory.CreateDirectory(submission);
        foreach (string file in Directory.GetFiles(Ps1Grading.Template, "*.cs")) File.Copy(file, Path.Combine(submission, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(submission, "Section11ClosedForm.cs"), Section11);
        Latin1Names.WriteFile(submission, "Seçtion.cs", "namespace Submission;\n#line 1 \"grader/Secret.cs\"\ninternal static class Helper { }\n");
        string json = Path.Combine(work.Path, "result.json"), markdown = Path.Combine(work.Path, "summary.md");

        var run = GraderProcess.Run(work.Path, Timeout, "check", submission, "--json", json, "--device", "cpu", "--format", "markdown", "--output", markdown);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        HostileText.AssertTerminalSafe(run.Stdout);
        string[] lines = run.Stdout.Split('\n');
        Assert.That(lines.Where(l => l.StartsWith("Score:", StringComparison.Ordinal)), Is.EqualTo(new[] { "Score: 0/100." }));
        Assert.That(lines, Has.Some.Match(@"^1\.1\s+0/15\s+error\s+\S+ s\s+1\.1 .*threw InvalidOperationException: \\x1B\[2J"));
        Assert.That(lines, Has.Some.StartWith("Note: Se\\xE7tion.cs(2,1): warning SRC003: #line directives are ignored"));
        HostileText.AssertMarkdownInert(File.ReadAllText(markdown));

        var result = ResultJson.Deserialize(File.ReadAllText(json));
        Assert.That(result.Compilation.Files, Does.Contain("Se\\xE7tion.cs"));
        Assert.That(result.Sections[0].Error, Does.EndWith("(in Section11ClosedForm.Solve, Section11ClosedForm.cs line 10)"));
        Assert.That(File.ReadAllText(json), Does.Not.Contain("Secret.cs\""), "no location names the file #line claimed");
    }

    /// <summary>A C# string literal's content for <paramref name="text"/>: every character outside printable ASCII as \uXXXX.</summary>
    private static string Literal(string text)
    {
        var literal = new StringBuilder();
        foreach (char c in text)
        {
            if (c is '"' or '\\') literal.Append('\\').Append(c);
            else if (c is >= ' ' and <= '~') literal.Append(c);
            else literal.Append($"\\u{(int)c:X4}");
        }
        return literal.ToString();
    }
}
