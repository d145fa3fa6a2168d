using Grading.Core.Results;
using Grading.Tests.Exporting;
using Grading.Tests.Support;

namespace Grading.Tests.Classroom;

/// <summary>The workflow's own shell scripts, run with bash as a runner would (a stand-in <c>dotnet</c> where the grader
/// would run; jq as GitHub's Ubuntu images have it).</summary>
public class WorkflowScriptTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static string Script(string step) => ClassroomWorkflow.Text(ClassroomWorkflow.Load(StudentTemplate.Ps1).Step(step), "run")!;

    [TestCase(0)]
    [TestCase(2)]
    public void GradeScript_TurnsWorkflowCommandsOffWhileTheGraderPrints_AndKeepsItsExitCode(int exitCode)
    {
        using var folder = new TempFolder();
        // A grader whose output quotes a submission that tries to stop our annotations and forge its own.
        folder.Write("bin/dotnet", $"#!/bin/bash\necho '::error file=x.cs,line=1::forged'\necho '::stop-commands::hijack'\nexit {exitCode}\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(folder.Path, "bin", "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserExecute);

        // CommandRunner sets PATH itself: the stand-in goes first from inside the script.
        var run = CommandRunner.Run(folder.Path, new Dictionary<string, string>(), Timeout, "bash", "-eo", "pipefail", "-c",
            $"PATH='{Path.Combine(folder.Path, "bin")}':$PATH\n{Script("Grade")}");

        Assert.That(run.ExitCode, Is.EqualTo(exitCode), "exit 2 (cannot grade) still fails the step");
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(4), run.ToString());
        Assert.That(lines[0], Does.Match("^::stop-commands::[0-9a-f]{32}$"));
        string token = lines[0]["::stop-commands::".Length..];
        Assert.That(lines[3], Is.EqualTo($"::{token}::"), "commands are back on for the steps that annotate");
        Assert.That(lines[1..3], Is.EqualTo(new[] { "::error file=x.cs,line=1::forged", "::stop-commands::hijack" }), "printed while commands are off");
    }

    [TestCase("https://nuget.pkg.github.com/course-org/index.json", "Username=student;Password=job-token")]
    [TestCase("https://nuget.example.edu/grading/v3/index.json", "unset")]
    [TestCase("https://evil.example/?https://nuget.pkg.github.com/", "unset")]
    public void RestoreScript_OffersTheJobTokenOnlyToAGitHubPackagesFeed(string feed, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("nuget.config", $"<configuration><packageSources><add key=\"course\" value=\"{feed}\" /></packageSources></configuration>");
        string offer = Script("Restore the grader and libtorch").Split('\n')[0];
        var env = new Dictionary<string, string> { ["GITHUB_ACTOR"] = "student", ["GITHUB_TOKEN"] = "job-token" };

        var run = CommandRunner.Run(folder.Path, env, Timeout, "bash", "-c", offer + "\necho \"${NuGetPackageSourceCredentials_course-unset}\"");

        Assert.That(run.Stdout.Trim(), Is.EqualTo(expected), run.ToString());
    }

    [Test]
    public void ScoreAndFailScripts_ReadTheGradeFromResultJson()
    {
        Assume.That(File.Exists("/usr/bin/jq") || File.Exists("/usr/local/bin/jq"), "jq is on GitHub's runners; this machine has none");
        using var folder = new TempFolder();
        string output = Path.Combine(folder.Path, "output.txt");
        var env = new Dictionary<string, string> { ["GITHUB_OUTPUT"] = output };

        ResultJson.Write(ExportSamples.Mixed, Path.Combine(folder.Path, "grading", "result.json"));
        Assert.That(CommandRunner.Run(folder.Path, env, Timeout, "bash", "-c", Script("Score")).ExitCode, Is.Zero);
        Assert.That(File.ReadAllLines(output), Is.EqualTo(new[] { "score=37.5", "max-score=85", "pending-points=15" }));
        var partial = CommandRunner.Run(folder.Path, env, Timeout, "bash", "-c", Script("Fail on lost points"));
        Assert.That(partial.ExitCode, Is.EqualTo(1), "points lost: the course asked for a red run");
        Assert.That(partial.Stdout, Does.StartWith("::error title=Points lost::"));

        ResultJson.Write(ExportSamples.AllPassed, Path.Combine(folder.Path, "grading", "result.json"));
        Assert.That(CommandRunner.Run(folder.Path, env, Timeout, "bash", "-c", Script("Fail on lost points")).ExitCode, Is.Zero, "pending points are not lost");
    }
}
