using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Packaging;

/// <summary>
/// A student's laptop: a copy of the template pointed at the packed feed, then exactly the README's
/// commands. The self-check is the packed tool, with its own assignment, grading in worker processes.
/// </summary>
public class TemplateSelfCheckTests
{
    private static PackedTool Tool => PackagingSetup.Tool;

    /// <summary>Runs the README's commands in <paramref name="repository"/>; returns the last (the check).</summary>
    private static CommandRunner.Outcome RunReadme(string repository)
    {
        var commands = TemplateReadme.Commands();
        Assert.That(commands, Is.EqualTo(new[] { "dotnet tool restore", "dotnet restore", "dotnet grader check ." }));
        CommandRunner.Outcome? last = null;
        foreach (string command in commands)
        {
            last = Tool.RunLine(repository, command);
            if (command != commands[^1]) Assert.That(last.ExitCode, Is.EqualTo(0), $"{command}\n{last}");
        }
        return last!;
    }

    private static GradingResult ResultOf(string repository) =>
        ResultJson.Deserialize(File.ReadAllText(Path.Combine(repository, "grading-output", Path.GetFileName(repository), "result.json")));

    [Test]
    public void ReadmeCommands_UntouchedTemplate_GradeZeroWithExitCodeZeroAndNameTheReport()
    {
        string repository = Tool.NewRepository("untouched");
        var check = RunReadme(repository);

        Assert.That(check.ExitCode, Is.EqualTo(0), check.ToString());
        Assert.That(check.Stdout, Does.Match(@"(?m)^1\.2\s+0/30\s+error\s.*not implemented yet"));
        Assert.That(check.Stdout, Does.Contain("Score: 0/100."));
        string report = Path.Combine(repository, "grading-output", "untouched", "result.html");
        Assert.That(check.Stdout, Does.Contain($"Report: {report}"));
        Assert.That(File.ReadAllText(report), Does.Contain("<h1>PS1 Part 3: Autograd"));
        var result = ResultOf(repository);
        Assert.That((result.Score, result.MaxScore), Is.EqualTo((0.0, 100.0)));
        Assert.That(result.Sections.Take(4).Select(s => s.Status), Has.All.EqualTo(SectionStatus.Error));
        Assert.That(result.Isolation!.Mode, Is.EqualTo("worker process"), "the tool grades in worker processes, as official grading does");
    }

    [Test]
    public void ReadmeCommands_ReferenceCopiedIn_Grade85AsTheRepositoryGraderDoes()
    {
        string repository = Tool.NewRepository("reference");
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs")) File.Copy(file, Path.Combine(repository, Path.GetFileName(file)), overwrite: true);
        var check = RunReadme(repository);

        Assert.That(check.ExitCode, Is.EqualTo(0), check.ToString());
        Assert.That(check.Stdout, Does.Match(@"(?m)^1\.3\s+25/25\s+passed\s"));
        Assert.That(check.Stdout, Does.Contain("Score: 85/100, 15 points pending a TA's grade"));
        var result = ResultOf(repository);
        Assert.That((result.Score, result.PendingPoints), Is.EqualTo((85.0, 15.0)));
        Assert.That(result.Sections.Select(s => s.ReferenceDurationMs), Has.All.Null, "a student's repository has no reference to time against");
        Assert.That(result.Environment.LibTorchVersion, Does.StartWith("2.10"), "libtorch loaded from the NuGet package folder");
    }

    [Test]
    public void DotnetBuild_AfterRestore_CompilesTheTemplateOfflineAgainstTheContractsPackage()
    {
        string repository = Tool.NewRepository("build");
        Assert.That(Tool.Run(repository, "dotnet", "restore").ExitCode, Is.EqualTo(0));
        var build = Tool.Run(repository, "dotnet", "build", "--no-restore");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString());
        Assert.That(Directory.GetFiles(Path.Combine(repository, "bin"), "libtorch*.so", SearchOption.AllDirectories), Is.Empty, "libtorch stays in the package folder");

        // The IDE sees the same contracts: a wrong signature is a build error.
        File.WriteAllText(Path.Combine(repository, "Section11ClosedForm.cs"),
            "namespace Submission;\npublic class Section11ClosedForm : Ps1Autograd.ISection11ClosedForm { public int Solve(Ps1Autograd.HousingData data) => 0; }\n");
        var broken = Tool.Run(repository, "dotnet", "build", "--no-restore");
        Assert.That(broken.ExitCode, Is.Not.EqualTo(0));
        Assert.That(broken.Stdout, Does.Contain("Section11ClosedForm.cs").And.Contain("error CS0738"));
    }
}
