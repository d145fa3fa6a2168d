using Grading.Tests.Support;

namespace Grading.Tests.Cli;

/// <summary><c>grader report</c>: a saved result renders again, without running anything.</summary>
public class CliReportTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Test]
    public void Report_SavedResult_RendersExactlyTheHtmlThatCheckWrote()
    {
        using var work = new TempFolder("grader-report-");
        string json = Path.Combine(work.Path, "template.json");
        var check = GraderProcess.Run(work.Path, Timeout, "check", Ps1Grading.Template, "--json", json, "--device", "cpu");
        Assert.That(check.ExitCode, Is.EqualTo(0), check.Stderr);
        string fromCheck = Path.ChangeExtension(json, ".html");

        string again = Path.Combine(work.Path, "again", "report.html");
        var report = GraderProcess.Run(work.Path, Timeout, "report", json, "--html", again);

        Assert.That(report.ExitCode, Is.EqualTo(0), report.Stderr);
        Assert.That(report.Stdout, Does.Contain($"Report: {again}"));
        Assert.That(File.ReadAllText(again), Is.EqualTo(File.ReadAllText(fromCheck)));
    }

    [Test]
    public void Report_MissingFile_ExitsTwoNamingIt()
    {
        using var work = new TempFolder("grader-report-");
        var run = GraderProcess.Run(work.Path, Timeout, "report", "nowhere.json");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.StartWith("grader: ").And.Contain("nowhere.json").And.Contain("does not exist"));
    }

    [Test]
    public void Report_FileThatIsNotAResult_ExitsTwoSayingSo()
    {
        using var work = new TempFolder("grader-report-");
        string bogus = work.Write("bogus.json", "{ \"hello\": ");
        var run = GraderProcess.Run(work.Path, Timeout, "report", bogus);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("is not a grading result"));
        Assert.That(File.Exists(Path.ChangeExtension(bogus, ".html")), Is.False);
    }
}
