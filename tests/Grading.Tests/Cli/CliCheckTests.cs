using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Cli;

/// <summary>Full gradings through the CLI (a few seconds each, so only two).</summary>
public class CliCheckTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Test]
    public void Check_ReferenceWithJson_PrintsTheTableAndWritesAReadableResult()
    {
        using var work = new TempFolder("grader-cli-");
        string json = Path.Combine(work.Path, "out", "reference.json");
        var run = GraderProcess.Run(work.Path, Timeout, "check", Ps1Grading.Reference, "--json", json, "--device", "cpu");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(run.Stdout, Does.Match(@"(?m)^Section\s+Points\s+Status\s+Time\s+First problem$"));
        Assert.That(run.Stdout, Does.Match(@"(?m)^1\.2\s+30/30\s+passed\s"));
        Assert.That(run.Stdout, Does.Contain("Score: 85/100, 15 points pending a TA's grade"));
        Assert.That(run.Stdout, Does.Contain($"Result: {json}"));
        Assert.That(File.Exists(json), Is.True);
        Assert.That(File.Exists(json + ".tmp"), Is.False);

        var result = ResultJson.Deserialize(File.ReadAllText(json));
        Assert.That((result.Score, result.MaxScore, result.PendingPoints), Is.EqualTo((85.0, 100.0, 15.0)));
        Assert.That(result.Student, Is.EqualTo("ps1-autograd"));
        Assert.That(result.Environment.Device, Is.EqualTo("cpu"));
        Assert.That(result.Sections.Select(s => s.Status), Is.EqualTo(new[]
        {
            SectionStatus.Passed, SectionStatus.Passed, SectionStatus.Passed, SectionStatus.Passed, SectionStatus.Pending,
        }));
    }

    [Test]
    public void Check_WithoutJson_WritesResultAndReportUnderGradingOutputWithASafeStudentName()
    {
        using var work = new TempFolder("grader-cli-");
        // A student id must not steer the result out of grading-output/.
        var run = GraderProcess.Run(work.Path, Timeout, "check", Ps1Grading.Template, "--student", "../jane doe", "--device", "cpu");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        string expected = Path.Combine(work.Path, "grading-output", "_jane_doe", "result.json");
        string report = Path.ChangeExtension(expected, ".html");
        Assert.That(Directory.GetFiles(work.Path, "*", SearchOption.AllDirectories), Is.EquivalentTo(new[] { expected, report }));
        Assert.That(File.ReadAllText(report), Does.Contain("<h1>PS1 Part 3: Autograd"));
        var result = ResultJson.Deserialize(File.ReadAllText(expected));
        Assert.That(result.Student, Is.EqualTo("../jane doe"));
        Assert.That(result.Score, Is.Zero);
        Assert.That(run.Stdout, Does.Contain("Score: 0/100."));
    }

    [Test]
    public void Check_AutodiffTemplateWithoutAssignment_GradesTheSecondAssignmentAndRendersItsReport()
    {
        // No --assignment: the template's code implements autodiff-warmup's contracts, and that says which.
        using var work = new TempFolder("grader-cli-");
        string json = Path.Combine(work.Path, "template.json");
        var run = GraderProcess.Run(work.Path, Timeout, "check", AutodiffGrading.Template, "--json", json, "--device", "cpu");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(run.Stdout, Does.Match(@"(?m)^6\s+0/20\s+error\s"));
        Assert.That(run.Stdout, Does.Contain("Score: 0/100."));
        var result = ResultJson.Deserialize(File.ReadAllText(json));
        Assert.That(result.Assignment, Is.EqualTo("autodiff-warmup"));
        Assert.That(File.ReadAllText(Path.ChangeExtension(json, ".html")), Does.Contain("<h1>Autodiff warm-up"));
    }
}
