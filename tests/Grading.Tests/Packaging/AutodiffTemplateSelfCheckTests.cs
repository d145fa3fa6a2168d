using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Packaging;

/// <summary>
/// The autodiff-warmup template on a student's laptop, as <see cref="TemplateSelfCheckTests"/> does for PS1:
/// the README's commands, word for word, against the packed feed. Nothing in the repository names the
/// assignment: the packed tool tells it from the contracts the code implements.
/// </summary>
public class AutodiffTemplateSelfCheckTests
{
    private static PackedTool Tool => PackagingSetup.Tool;

    [Test]
    public void ReadmeCommands_UntouchedTemplate_GradeZeroAsAutodiffWarmup()
    {
        string repository = Tool.NewRepository("autodiff-untouched", StudentTemplate.Autodiff);
        var check = TemplateReadme.Run(Tool, repository, StudentTemplate.Autodiff);

        Assert.That(check.ExitCode, Is.EqualTo(0), check.ToString());
        Assert.That(check.Stdout, Does.Match(@"(?m)^6\s+0/20\s+error\s.*not implemented yet"));
        Assert.That(check.Stdout, Does.Contain("Score: 0/100."));
        Assert.That(File.ReadAllText(Path.Combine(repository, "grading-output", "autodiff-untouched", "result.html")), Does.Contain("<h1>Autodiff warm-up"));
        var result = TemplateReadme.ResultOf(repository);
        Assert.That((result.Assignment, result.Score, result.MaxScore), Is.EqualTo(("autodiff-warmup", 0.0, 100.0)));
        Assert.That(result.Sections.Select(s => s.Status), Has.All.EqualTo(SectionStatus.Error));
        Assert.That(result.Isolation!.Mode, Does.StartWith("worker process"));
        // The packed tool loads libtorch from the NuGet package folder: the sandbox must show the worker that folder.
        if (Grading.Core.Isolation.Sandbox.Bubblewrap.Status.Available) Assert.That(result.Isolation.Mode, Does.Contain("OS sandbox"));
    }

    [Test]
    public void ReadmeCommands_ReferenceCopiedIn_Grade100()
    {
        string repository = Tool.NewRepository("autodiff-reference", StudentTemplate.Autodiff);
        foreach (string file in Directory.GetFiles(StudentTemplate.Autodiff.Reference, "*.cs")) File.Copy(file, Path.Combine(repository, Path.GetFileName(file)), overwrite: true);
        var check = TemplateReadme.Run(Tool, repository, StudentTemplate.Autodiff);

        Assert.That(check.ExitCode, Is.EqualTo(0), check.ToString());
        Assert.That(check.Stdout, Does.Match(@"(?m)^6\s+20/20\s+passed\s"));
        Assert.That(check.Stdout, Does.Contain("Score: 100/100."));
        var result = TemplateReadme.ResultOf(repository);
        Assert.That((result.Assignment, result.Score), Is.EqualTo(("autodiff-warmup", 100.0)));
        Assert.That(result.Sections.Select(s => s.Status), Has.All.EqualTo(SectionStatus.Passed), string.Join("\n", result.Sections.Select(s => $"{s.Id}: {s.Status} {s.FirstProblem}")));
        Assert.That(result.Environment.LibTorchVersion, Does.StartWith("2.10"), "libtorch loaded from the NuGet package folder");
    }
}
