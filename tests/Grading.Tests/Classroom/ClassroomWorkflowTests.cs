using System.Xml.Linq;
using Grading.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Grading.Tests.Classroom;

/// <summary>Each template's workflow: its steps and their wiring, read from the YAML (the Packaging tests also run PS1's scripts).</summary>
[TestFixtureSource(typeof(StudentTemplate), nameof(StudentTemplate.All))]
public class ClassroomWorkflowTests(StudentTemplate template)
{
    private readonly ClassroomWorkflow _workflow = ClassroomWorkflow.Load(template);

    [Test]
    public void Workflow_RunsOnPush_InTheOrderClassroomNeeds()
    {
        var on = (YamlSequenceNode)_workflow.Root["on"];
        Assert.That(on.Children.Select(c => ((YamlScalarNode)c).Value), Does.Contain("push"));
        Assert.That(_workflow.Steps.Select(s => ClassroomWorkflow.Text(s, "name")), Is.EqualTo(new[]
        {
            "Check out the submission", "Set up .NET", "Use the course feed from GRADER_FEED", "Restore the grader and libtorch",
            "Set up the sandbox", "Grade", "Job summary", "Upload the report", "Autograding Reporter",
        }));
        Assert.That(ClassroomWorkflow.Text(_workflow.Step("Check out the submission"), "uses"), Does.StartWith("actions/checkout@"));
        Assert.That(ClassroomWorkflow.Text(_workflow.Step("Set up .NET"), "uses"), Does.StartWith("actions/setup-dotnet@"));
        Assert.That(ClassroomWorkflow.Text(ClassroomWorkflow.Mapping(_workflow.Step("Set up .NET"), "with")!, "dotnet-version"), Does.StartWith("10."));
        Assert.That(ClassroomWorkflow.Text(_workflow.Step("Restore the grader and libtorch"), "run"), Is.EqualTo("dotnet tool restore\ndotnet restore\n"));
    }

    [Test]
    public void Workflow_GradeStep_PublishesTheClassroomPayloadAsOutputResult_AndTheReporterReadsIt()
    {
        var grade = _workflow.Step("Grade");
        string id = ClassroomWorkflow.Text(grade, "id")!;
        string run = ClassroomWorkflow.Text(grade, "run")!;
        Assert.That(run, Does.StartWith("dotnet grader check . "));
        var words = run.Split('\n')[0].Split(' ');
        string output = words[Array.IndexOf(words, "--output") + 1];
        Assert.That(words[Array.IndexOf(words, "--format") + 1], Is.EqualTo("classroom"));
        Assert.That(run, Does.Contain($"echo \"result=$(cat {output})\" >> \"$GITHUB_OUTPUT\""));
        Assert.That(words[Array.IndexOf(words, "--assignment") + 1], Is.EqualTo(template.AssignmentId), "official grading names the assignment");

        var reporter = _workflow.Step("Autograding Reporter");
        Assert.That(ClassroomWorkflow.Text(reporter, "uses"), Is.EqualTo("classroom-resources/autograding-grading-reporter@v1"));
        string runners = ClassroomWorkflow.Text(ClassroomWorkflow.Mapping(reporter, "with")!, "runners")!;
        Assert.That(runners, Is.EqualTo(id));
        // The reporter reads each runner's payload from <RUNNER>_RESULTS.
        Assert.That(ClassroomWorkflow.Text(ClassroomWorkflow.Mapping(reporter, "env")!, runners.ToUpperInvariant() + "_RESULTS"),
            Is.EqualTo($"${{{{ steps.{id}.outputs.result }}}}"));
        Assert.That(ClassroomWorkflow.Text(ClassroomWorkflow.Mapping(_workflow.Root, "permissions")!, "checks"), Is.EqualTo("write"), "the reporter writes the check run");
    }

    [Test]
    public void Workflow_SummaryAndArtifact_ComeFromTheGradeStepsFiles()
    {
        string grade = ClassroomWorkflow.Text(_workflow.Step("Grade"), "run")!.Split('\n')[0];
        var words = grade.Split(' ');
        string json = words[Array.IndexOf(words, "--json") + 1];
        string html = words[Array.IndexOf(words, "--html") + 1];
        Assert.That(ClassroomWorkflow.Text(_workflow.Step("Job summary"), "run"), Is.EqualTo($"dotnet grader report {json} --format markdown >> \"$GITHUB_STEP_SUMMARY\""));
        var upload = _workflow.Step("Upload the report");
        Assert.That(ClassroomWorkflow.Text(upload, "uses"), Does.StartWith("actions/upload-artifact@"));
        string path = ClassroomWorkflow.Text(ClassroomWorkflow.Mapping(upload, "with")!, "path")!;
        Assert.That(html, Does.StartWith(path), "the uploaded folder holds the HTML report");
    }

    [Test]
    public void Workflow_Feed_IsNuGetConfigsCourseSourceAndAVariableOverridesIt()
    {
        Assert.That(ClassroomWorkflow.Text(ClassroomWorkflow.Mapping(_workflow.Root, "env")!, "GRADER_FEED"), Is.EqualTo("${{ vars.GRADER_FEED }}"));
        var feedStep = _workflow.Step("Use the course feed from GRADER_FEED");
        Assert.That(ClassroomWorkflow.Text(feedStep, "if"), Is.EqualTo("env.GRADER_FEED != ''"));
        Assert.That(ClassroomWorkflow.Text(feedStep, "run"), Is.EqualTo("dotnet nuget update source course --source \"$GRADER_FEED\" --configfile nuget.config"));
        var sources = XDocument.Load(Path.Combine(template.Folder, "nuget.config")).Descendants("packageSources").Single();
        Assert.That(sources.Elements("add").Select(a => a.Attribute("key")!.Value), Is.EqualTo(new[] { "course" }));
        Assert.That(sources.Elements("clear"), Is.Empty, "nuget.org stays available for MathNet, TorchSharp and libtorch");
    }
}
