using System.Text.Json;
using System.Xml.Linq;
using Grading.Tests.Support;

namespace Grading.Tests.Classroom;

/// <summary>What the templates and the Gradescope scripts pin agrees with what this repository builds and packs.</summary>
public class TemplatePinTests
{
    private static string RepositoryVersion => XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")).Descendants("Version").Single().Value;

    private static string LibTorchVersion => Grading.Torch.LibTorchLocator.PackageVersion;

    [TestCaseSource(typeof(StudentTemplate), nameof(StudentTemplate.All))]
    public void ToolManifest_PinsTheToolIdCommandAndThisVersion(StudentTemplate template)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(template.Folder, ".config", "dotnet-tools.json")));
        var tool = manifest.RootElement.GetProperty("tools").EnumerateObject().Single();
        string packageId = XDocument.Load(Path.Combine(RepositoryPaths.Root, "grader", "Grading.Cli", "Grading.Cli.csproj")).Descendants("PackageId").Single().Value;
        Assert.That(tool.Name, Is.EqualTo(packageId.ToLowerInvariant()));
        Assert.That(tool.Value.GetProperty("version").GetString(), Is.EqualTo(RepositoryVersion));
        Assert.That(tool.Value.GetProperty("commands").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "grader" }));
    }

    [TestCaseSource(typeof(StudentTemplate), nameof(StudentTemplate.All))]
    public void TemplateProject_ReferencesThisContractsVersionAndDownloadsTheGradersLibTorch(StudentTemplate template)
    {
        var project = XDocument.Load(Path.Combine(template.Folder, template.ProjectFile));
        Assert.That(project.Descendants("PackageReference").Single().Attribute("Include")!.Value, Is.EqualTo(template.ContractsPackage));
        Assert.That(project.Descendants("PackageReference").Single().Attribute("Version")!.Value, Is.EqualTo(RepositoryVersion));
        string contractsProject = Directory.GetFiles(Path.Combine(RepositoryPaths.Assignment(template.AssignmentId), "contracts"), "*.csproj").Single();
        Assert.That(Path.GetFileNameWithoutExtension(contractsProject), Is.EqualTo(template.ContractsPackage), "the package is the assignment's contracts project");
        Assert.That(project.Descendants("ProjectReference"), Is.Empty, "a student's repository has no course source to reference");
        Assert.That(LibTorchDownload(project), Is.EqualTo($"[{LibTorchVersion}]"));
        Assert.That(LibTorchDownload(XDocument.Load(Path.Combine(RepositoryPaths.Root, "gradescope", "libtorch.csproj"))), Is.EqualTo($"[{LibTorchVersion}]"));
        Assert.That(LibTorchVersion, Does.Match(@"^\d+\.\d+\.\d+$"));
    }

    [Test]
    public void GradescopeSetup_InstallsThisToolVersionWhereRunAutograderLooks()
    {
        string setup = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "gradescope", "setup.sh"));
        string run = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "gradescope", "run_autograder"));
        Assert.That(setup, Does.Contain($"GRADER_VERSION=\"${{GRADER_VERSION:-{RepositoryVersion}}}\""));
        Assert.That(setup, Does.Contain("dotnet tool install Grading.Tool --version \"$GRADER_VERSION\" --tool-path \"$SOURCE/tools\""));
        Assert.That(run, Does.Contain("GRADER=\"${GRADER:-$ROOT/source/tools/grader}\""));
    }

    private static string LibTorchDownload(XDocument project) =>
        project.Descendants("PackageDownload").Single(p => p.Attribute("Include")!.Value == "libtorch-cpu-linux-x64").Attribute("Version")!.Value;
}
