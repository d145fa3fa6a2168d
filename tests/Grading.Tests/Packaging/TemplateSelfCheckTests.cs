using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Packaging;

/// <summary>
/// A student's laptop: a copy of the PS1 template pointed at the packed feed, then exactly the README's
/// commands. The self-check is the packed tool, with its own assignment, grading in worker processes.
/// </summary>
public class TemplateSelfCheckTests
{
    private static PackedTool Tool => PackagingSetup.Tool;

    [Test]
    public void ReadmeCommands_UntouchedTemplate_GradeZeroWithExitCodeZeroAndNameTheReport()
    {
        string repository = Tool.NewRepository("untouched", StudentTemplate.Ps1);
        var check = TemplateReadme.Run(Tool, repository, StudentTemplate.Ps1);

        Assert.That(check.ExitCode, Is.EqualTo(0), check.ToString());
        Assert.That(check.Stdout, Does.Match(@"(?m)^1\.2\s+0/30\s+error\s.*not implemented yet"));
        Assert.That(check.Stdout, Does.Contain("Score: 0/100."));
        string report = Path.Combine(repository, "grading-output", "untouched", "result.html");
        Assert.That(check.Stdout, Does.Contain($"Report: {report}"));
        Assert.That(File.ReadAllText(report), Does.Contain("<h1>PS1 Part 3: Autograd"));
        var result = TemplateReadme.ResultOf(repository);
        Assert.That((result.Score, result.MaxScore), Is.EqualTo((0.0, 100.0)));
        Assert.That(result.Sections.Take(4).Select(s => s.Status), Has.All.EqualTo(SectionStatus.Error));
        Assert.That(result.Isolation!.Mode, Does.StartWith("worker process"), "the tool grades in worker processes, as official grading does");
        // The packed tool loads libtorch from the NuGet package folder: the sandbox must show the worker that folder.
        if (Grading.Core.Isolation.Sandbox.Bubblewrap.Status.Available) Assert.That(result.Isolation.Mode, Does.Contain("OS sandbox"));
    }

    [Test]
    public void ReadmeCommands_ReferenceCopiedIn_Grade85AsTheRepositoryGraderDoes()
    {
        string repository = Tool.NewRepository("reference", StudentTemplate.Ps1);
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs")) File.Copy(file, Path.Combine(repository, Path.GetFileName(file)), overwrite: true);
        var check = TemplateReadme.Run(Tool, repository, StudentTemplate.Ps1);

        Assert.That(check.ExitCode, Is.EqualTo(0), check.ToString());
        Assert.That(check.Stdout, Does.Match(@"(?m)^1\.3\s+25/25\s+passed\s"));
        Assert.That(check.Stdout, Does.Contain("Score: 85/100, 15 points pending a TA's grade"));
        var result = TemplateReadme.ResultOf(repository);
        Assert.That((result.Score, result.PendingPoints), Is.EqualTo((85.0, 15.0)));
        Assert.That(result.Sections.Select(s => s.ReferenceDurationMs), Has.All.Null, "a student's repository has no reference to time against");
        Assert.That(result.Environment.LibTorchVersion, Does.StartWith("2.10"), "libtorch loaded from the NuGet package folder");
    }

    /// <summary>For each template: a file implementing its first contract with a wrong return type.</summary>
    private static IEnumerable<TestCaseData> WrongSignatures()
    {
        yield return new TestCaseData(StudentTemplate.Ps1, "Section11ClosedForm.cs",
            "namespace Submission;\npublic class Section11ClosedForm : Ps1Autograd.ISection11ClosedForm { public int Solve(Ps1Autograd.HousingData data) => 0; }\n")
            .SetArgDisplayNames(StudentTemplate.Ps1.AssignmentId);
        yield return new TestCaseData(StudentTemplate.Autodiff, "Section1Gradients.cs",
            "namespace Submission;\npublic class Section1Gradients : AutodiffWarmup.ISection1Gradients { public int CubicGradient(double a, double b) => 0; public double SinSquareGradient(double x) => 0; }\n")
            .SetArgDisplayNames(StudentTemplate.Autodiff.AssignmentId);
    }

    [TestCaseSource(nameof(WrongSignatures))]
    public void DotnetBuild_AfterRestore_CompilesTheTemplateOfflineAgainstTheContractsPackage(StudentTemplate template, string file, string wrongSignature)
    {
        string repository = Tool.NewRepository("build-" + template.AssignmentId, template);
        Assert.That(Tool.Run(repository, "dotnet", "restore").ExitCode, Is.EqualTo(0));
        var build = Tool.Run(repository, "dotnet", "build", "--no-restore");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString());
        Assert.That(Directory.GetFiles(Path.Combine(repository, "bin"), "libtorch*.so", SearchOption.AllDirectories), Is.Empty, "libtorch stays in the package folder");

        // The IDE sees the same contracts: a wrong signature is a build error.
        File.WriteAllText(Path.Combine(repository, file), wrongSignature);
        var broken = Tool.Run(repository, "dotnet", "build", "--no-restore");
        Assert.That(broken.ExitCode, Is.Not.EqualTo(0));
        Assert.That(broken.Stdout, Does.Contain(file).And.Contain("error CS0738"));
    }
}
