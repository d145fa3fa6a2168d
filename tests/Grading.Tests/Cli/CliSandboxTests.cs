using System.Text.Json;
using Grading.Core.Isolation.Sandbox;
using Grading.Tests.Support;

namespace Grading.Tests.Cli;

/// <summary>
/// Where the sandbox cannot be set up (here: bubblewrap named where it is not), a student's check says so
/// plainly and still grades, and a TA's bulk run refuses unless told in so many words.
/// </summary>
public class CliSandboxTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly Dictionary<string, string> NoBubblewrap = new() { [Bubblewrap.ToolVariable] = "/nonexistent/bwrap" };

    [Test]
    public void Check_WithoutSandbox_WarnsAndGradesSayingSoInTheResult()
    {
        using var work = new TempFolder();
        string json = Path.Combine(work.Path, "result.json");

        var run = CommandRunner.Run(work.Path, NoBubblewrap, Timeout, "dotnet", GraderProcess.GraderDll, "check", Ps1Grading.Reference, "--json", json);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Stderr, Does.Contain("student code runs WITHOUT the OS sandbox (bubblewrap (bwrap) is not installed"));
        using var result = JsonDocument.Parse(File.ReadAllText(json));
        Assert.That(result.RootElement.GetProperty("isolation").GetProperty("mode").GetString(), Does.Contain("NO SANDBOX"));
        Assert.That(result.RootElement.GetProperty("score").GetDouble(), Is.EqualTo(85));
    }

    [Test]
    public void Bulk_WithoutSandbox_RefusesUnlessAllowedUnsandboxed()
    {
        using var work = new TempFolder();
        string student = Path.Combine(work.Path, "class", "alice");
        Directory.CreateDirectory(student);
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs")) File.Copy(file, Path.Combine(student, Path.GetFileName(file)));
        string[] bulk = [GraderProcess.GraderDll, "bulk", Path.Combine(work.Path, "class"), "--out", Path.Combine(work.Path, "out"), "--jobs", "1"];

        string result = Path.Combine(work.Path, "out", "students", "alice", "result.json");

        var refused = CommandRunner.Run(work.Path, NoBubblewrap, Timeout, "dotnet", bulk);
        bool gradedWhenRefused = File.Exists(result);
        var allowed = CommandRunner.Run(work.Path, NoBubblewrap, Timeout, "dotnet", [.. bulk, "--allow-unsandboxed"]);

        Assert.That(refused.ExitCode, Is.EqualTo(2), refused.ToString());
        Assert.That(refused.Stderr, Does.Contain("bulk grading needs the OS sandbox").And.Contain("--allow-unsandboxed"));
        Assert.That(gradedWhenRefused, Is.False, "nothing was graded");
        Assert.That(allowed.ExitCode, Is.Zero, allowed.ToString());
        Assert.That(allowed.Stderr, Does.Contain("WITHOUT the OS sandbox"));
        Assert.That(File.Exists(result), Is.True);
    }
}
