using System.Text.Json;
using Grading.Core.Results;
using Grading.Tests.Cli;
using Grading.Tests.Support;

namespace Grading.Tests.Classroom;

/// <summary>
/// A push the grader cannot grade (exit 2) still gets a score and a reason: <c>check</c> writes a 0-point result, the
/// HTML report and the <c>--format</c> file, with the reason in every section, before it exits 2 as before.
/// </summary>
public class UngradedPushTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Test]
    public void Check_SourceFileOverTheSizeLimit_WritesAZeroPointResultWithTheReasonEverywhere()
    {
        using var work = new TempFolder("grader-ungraded-");
        work.Write("submission/Section11ClosedForm.cs", "namespace Submission; public class A { }\n");
        work.Write("submission/Huge.cs", "// " + new string('x', 2 << 20) + "\n");

        var run = GraderProcess.Run(work.Path, Timeout, "check", "submission", "--assignment", "ps1-autograd",
            "--json", "out/result.json", "--html", "out/report.html", "--format", "github", "--output", "out/annotations.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr, Does.Contain("Huge.cs").And.Contain("a source file may be at most"));
        var result = ResultJson.Deserialize(File.ReadAllText(Path.Combine(work.Path, "out", "result.json")));
        Assert.That((result.Score, result.MaxScore), Is.EqualTo((0.0, 100.0)), "out of the assignment's points");
        Assert.That(result.Sections.Select(s => s.Id), Is.EqualTo(new[] { "1.1", "1.2", "1.3", "1.4", "1.5" }));
        Assert.That(result.Sections.Select(s => s.Status), Has.All.EqualTo(SectionStatus.Error));
        Assert.That(result.Sections.Select(s => s.Error), Has.All.StartsWith("Not graded: Huge.cs"), "the reason in every section");
        Assert.That(File.ReadAllText(Path.Combine(work.Path, "out", "report.html")), Does.Contain("Not graded: Huge.cs"));
        string annotations = File.ReadAllText(Path.Combine(work.Path, "out", "annotations.txt"));
        Assert.That(annotations, Does.Contain("::notice title=Grade%3A 0/100::").And.Contain("::warning title=1.1 "));
        Assert.That(run.Stdout, Does.Contain("Score: 0/100"), "the log's table says it too");
        Assert.That(run.Stdout, Does.Not.Contain("does not compile"), "nothing was compiled: it is not a compile error");
        foreach (string format in new[] { "markdown", "junit" })
        {
            var view = GraderProcess.Run(work.Path, Timeout, "report", "out/result.json", "--format", format);
            Assert.That(view.Stdout, Does.Contain("Not graded: Huge.cs").And.Not.Contain("does not compile"), format);
        }
    }

    [Test]
    public void Check_UnknownAssignment_StillWritesTheReason_InASectionOfItsOwn()
    {
        using var work = new TempFolder("grader-ungraded-");
        work.Write("submission/A.cs", "namespace Submission; public class A { }\n");

        var run = GraderProcess.Run(work.Path, Timeout, "check", "submission", "--assignment", "no-such-assignment",
            "--json", "out/result.json", "--format", "classroom50", "--output", "out/classroom50.json");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        using var grade = JsonDocument.Parse(File.ReadAllText(Path.Combine(work.Path, "out", "classroom50.json")));
        var test = grade.RootElement.GetProperty("tests").EnumerateArray().Single();
        Assert.That((grade.RootElement.GetProperty("score").GetInt32(), grade.RootElement.GetProperty("max-score").GetInt32()), Is.EqualTo((0, 0)));
        Assert.That(test.GetProperty("message").GetString(), Does.Contain("no-such-assignment"));
    }

    [Test]
    public void Check_FormatWithoutOutput_StillRefusesBeforeWritingAnything()
    {
        using var work = new TempFolder("grader-ungraded-");
        work.Write("submission/A.cs", "namespace Submission; public class A { }\n");
        var run = GraderProcess.Run(work.Path, Timeout, "check", "submission", "--json", "out/result.json", "--format", "github");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(Directory.Exists(Path.Combine(work.Path, "out")), Is.False, "wrong arguments are not a submission's grade");
    }
}
