using System.Text;
using System.Xml.Linq;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Cli;

/// <summary><c>--format</c>/<c>--output</c> on report (a saved result, nothing runs) and on check.</summary>
public class CliFormatTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static string SavedResult(TempFolder work)
    {
        var result = SampleResults.Result([
            SampleResults.Section("1.1", 15, 15, SectionStatus.Passed),
            SampleResults.Section("1.2", 20, 30, SectionStatus.Partial, failedMessage: "rules broken")]);
        return work.Write("result.json", ResultJson.Serialize(result));
    }

    [Test]
    public void Report_FormatMarkdownWithoutOutput_PrintsOnlyTheMarkdown()
    {
        using var work = new TempFolder("grader-format-");
        var run = GraderProcess.Run(work.Path, Timeout, "report", SavedResult(work), "--format", "markdown");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(run.Stdout, Does.StartWith("## PS1 Part 3: 35/45"));
        Assert.That(run.Stdout, Does.Not.Contain("Report:"), "a job summary gets nothing but the summary");
        Assert.That(Directory.GetFiles(work.Path), Has.Length.EqualTo(1), "no HTML written");
    }

    [Test]
    public void Report_FormatJUnitAndClassroomWithOutput_WriteTheFiles()
    {
        using var work = new TempFolder("grader-format-");
        string json = SavedResult(work);
        string xml = Path.Combine(work.Path, "out", "junit.xml");
        var junit = GraderProcess.Run(work.Path, Timeout, "report", json, "--format", "junit", "--output", xml);
        Assert.That(junit.ExitCode, Is.EqualTo(0), junit.Stderr);
        Assert.That(XDocument.Load(xml).Root!.Elements("testsuite").Select(s => s.Attribute("name")!.Value).ToList(), Has.Count.EqualTo(3).And.Contains("compilation"), "the compilation suite, then one per section");

        string classroom = Path.Combine(work.Path, "classroom.txt");
        var run = GraderProcess.Run(work.Path, Timeout, "report", json, "--format", "classroom", "-o", classroom);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        var runners = Exporting.ClassroomExporterTests.Decode(File.ReadAllText(classroom));
        Assert.That(Classroom.ReporterRules.Notified(runners.Values), Is.EqualTo((35.0, 45.0)));
    }

    [Test]
    public void Report_UnknownFormat_ExitsTwoListingTheFormats()
    {
        using var work = new TempFolder("grader-format-");
        var run = GraderProcess.Run(work.Path, Timeout, "report", SavedResult(work), "--format", "pdf");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stdout + run.Stderr, Does.Contain("classroom").And.Contain("gradescope").And.Contain("junit"));
    }

    [Test]
    public void Check_FormatWithoutOutput_ExitsTwoBeforeGrading()
    {
        using var work = new TempFolder("grader-format-");
        var run = GraderProcess.Run(work.Path, Timeout, "check", Ps1Grading.Template, "--format", "classroom");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("check --format needs --output <file>"));
        Assert.That(Directory.Exists(Path.Combine(work.Path, "grading-output")), Is.False, "nothing was graded");
    }

    [Test]
    public void Report_OutputWithoutFormat_ExitsTwo()
    {
        using var work = new TempFolder("grader-format-");
        var run = GraderProcess.Run(work.Path, Timeout, "report", SavedResult(work), "--output", "x.txt");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--output needs --format"));
    }
}
