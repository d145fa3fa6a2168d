using System.Xml.Linq;
using Grading.Tests.Support;

namespace Grading.Tests.Classroom;

/// <summary>
/// The templates are standalone repositories, so they cannot share files: what they have in common is
/// copied, and these tests keep the copies equal (a fix to one template's workflow or feed reaches the other).
/// </summary>
public class TemplateSamenessTests
{
    private static readonly string[] SharedFiles = [".config/dotnet-tools.json", "nuget.config", ".gitignore"];

    [Test]
    public void SharedFiles_AreTheSameInEveryTemplate()
    {
        foreach (string file in SharedFiles)
        {
            var texts = StudentTemplate.All.Select(t => File.ReadAllText(Path.Combine(t.Folder, file))).Distinct().ToList();
            Assert.That(texts, Has.Count.EqualTo(1), $"{file} differs between the templates");
        }
    }

    [Test]
    public void ClassroomWorkflows_DifferOnlyInTheAssignmentTheyName()
    {
        var workflows = StudentTemplate.All.Select(t => File.ReadAllText(t.Workflow).Replace($"--assignment {t.AssignmentId} ", "--assignment <id> ", StringComparison.Ordinal)).ToList();
        Assert.That(workflows[0], Does.Contain("--assignment <id> "));
        Assert.That(workflows.Distinct().ToList(), Has.Count.EqualTo(1));
    }

    [Test]
    public void TemplateProjects_ShareTheirSettingsAndDifferOnlyInTheContractsPackage()
    {
        var projects = StudentTemplate.All.Select(t =>
        {
            var project = XDocument.Load(Path.Combine(t.Folder, t.ProjectFile));
            project.Descendants("PackageReference").Single().SetAttributeValue("Include", "<contracts>");
            project.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
            return project.ToString();
        }).ToList();
        Assert.That(projects.Distinct().ToList(), Has.Count.EqualTo(1));
    }
}
