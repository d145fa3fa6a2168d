using System.Xml.Linq;
using Grading.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Grading.Tests.Classroom;

/// <summary>Each template's workflow, read from the YAML: plain GitHub Actions, its steps, their conditions, permissions and
/// cache (WorkflowScriptTests runs its scripts; the Packaging tests run them all in a student's repository).</summary>
[TestFixtureSource(typeof(StudentTemplate), nameof(StudentTemplate.All))]
public class ClassroomWorkflowTests(StudentTemplate template)
{
    private static readonly string[] ReportingSteps = ["Score", "Job summary", "Annotations", "Upload the grade"];

    private readonly ClassroomWorkflow _workflow = ClassroomWorkflow.Load(template);

    [Test]
    public void Workflow_RunsOnPush_InOrder_OnPlainActionsWithoutClassroom()
    {
        Assert.That(((YamlMappingNode)_workflow.Root["on"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value), Does.Contain("push"));
        Assert.That(_workflow.Steps.Select(s => ClassroomWorkflow.Text(s, "name")), Is.EqualTo(new[]
        {
            "Check out the submission", "Forget any committed grade", "Set up .NET", "Use the course feed from GRADER_FEED", "Cache the NuGet packages", "Restore the grader and libtorch",
            "Set up the sandbox", "Grade", "Score", "Job summary", "Annotations", "No grade", "Upload the grade", "Fail on lost points",
        }));
        var uses = _workflow.Steps.Select(s => ClassroomWorkflow.Text(s, "uses")).OfType<string>().ToList();
        Assert.That(uses, Has.All.StartWith("actions/"), "only GitHub's own actions: no Classroom reporter");
        Assert.That(File.ReadAllText(template.Workflow), Does.Not.Contain("classroom-resources").And.Not.Contain("github-classroom[bot]"));
        Assert.That(ClassroomWorkflow.Text(ClassroomWorkflow.Mapping(_workflow.Step("Set up .NET"), "with")!, "dotnet-version"), Does.StartWith("10."));
        // Right after the checkout, so a grading/ folder the student committed is gone even when a later step fails.
        Assert.That(ClassroomWorkflow.Text(_workflow.Steps[1], "run"), Is.EqualTo("rm -rf grading"));
    }

    [Test]
    public void Workflow_AfterAFailedGradeStep_EveryReportingStepStillRuns()
    {
        using var workspace = new TempFolder();
        var env = new Dictionary<string, string> { ["FAIL_ON_LOST_POINTS"] = "false", ["GRADER_FEED"] = "" };
        // exit 2 leaves a 0-point result.json: every reporting step runs, "No grade" does not.
        workspace.Write("grading/result.json", "{}");
        foreach (string name in ReportingSteps)
            Assert.That(ClassroomWorkflow.Runs(_workflow.Step(name), earlierStepFailed: true, workspace.Path, env), Is.True, name);
        Assert.That(ClassroomWorkflow.Runs(_workflow.Step("No grade"), true, workspace.Path, env), Is.False);
        Assert.That(ClassroomWorkflow.Runs(_workflow.Step("Set up the sandbox"), true, workspace.Path, env), Is.False, "a step without if: is skipped after a failure");

        // The grader never ran (restore failed): the run says so, and uploads what there is.
        File.Delete(Path.Combine(workspace.Path, "grading", "result.json"));
        Assert.That(ClassroomWorkflow.Runs(_workflow.Step("No grade"), true, workspace.Path, env), Is.True);
        Assert.That(ClassroomWorkflow.Runs(_workflow.Step("Upload the grade"), true, workspace.Path, env), Is.True);
        Assert.That(ClassroomWorkflow.Runs(_workflow.Step("Job summary"), true, workspace.Path, env), Is.False);
    }

    [Test]
    public void Workflow_ReportingSteps_ReadTheFilesTheGradeStepWrites()
    {
        string grade = ClassroomWorkflow.Text(_workflow.Step("Grade"), "run")!.Split('\n').Single(l => l.StartsWith("dotnet grader check . ", StringComparison.Ordinal));
        var words = grade.Split(' ');
        Assert.That(words[Array.IndexOf(words, "--assignment") + 1], Is.EqualTo(template.AssignmentId), "official grading names the assignment");
        string json = words[Array.IndexOf(words, "--json") + 1];
        string html = words[Array.IndexOf(words, "--html") + 1];
        Assert.That(ClassroomWorkflow.Text(_workflow.Step("Job summary"), "run"), Is.EqualTo($"dotnet grader report {json} --format markdown >> \"$GITHUB_STEP_SUMMARY\""));
        Assert.That(ClassroomWorkflow.Text(_workflow.Step("Annotations"), "run"), Is.EqualTo($"dotnet grader report {json} --format github"));
        Assert.That(ClassroomWorkflow.Text(_workflow.Step("Score"), "run"), Does.EndWith($"{json} >> \"$GITHUB_OUTPUT\""));
        var upload = _workflow.Step("Upload the grade");
        Assert.That(ClassroomWorkflow.Text(upload, "uses"), Does.StartWith("actions/upload-artifact@"));
        string path = ClassroomWorkflow.Text(ClassroomWorkflow.Mapping(upload, "with")!, "path")!;
        Assert.That(json, Does.StartWith(path), "the artifact holds result.json");
        Assert.That(html, Does.StartWith(path), "the artifact holds the report");
        var outputs = ClassroomWorkflow.Mapping(_workflow.Job, "outputs")!;
        Assert.That(ClassroomWorkflow.Text(outputs, "score"), Is.EqualTo("${{ steps.score.outputs.score }}"));
    }

    [Test]
    public void Workflow_Permissions_AreReadOnly()
    {
        var permissions = ClassroomWorkflow.Mapping(_workflow.Root, "permissions")!;
        Assert.That(permissions.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!),
            Is.EqualTo(new Dictionary<string, string> { ["contents"] = "read", ["packages"] = "read" }));
        Assert.That(ClassroomWorkflow.Mapping(_workflow.Job, "permissions"), Is.Null, "the job asks for nothing more");
        var checkout = ClassroomWorkflow.Mapping(_workflow.Step("Check out the submission"), "with")!;
        Assert.That(ClassroomWorkflow.Text(checkout, "persist-credentials"), Is.EqualTo("false"), "the submission's code gets no token");
    }

    [Test]
    public void Workflow_CachesTheNuGetPackageFolder_KeyedOnTheToolAndPackageVersions()
    {
        var names = _workflow.Steps.Select(s => ClassroomWorkflow.Text(s, "name")).ToList();
        Assert.That(names.IndexOf("Cache the NuGet packages"), Is.LessThan(names.IndexOf("Restore the grader and libtorch")));
        Assert.That(names.IndexOf("Cache the NuGet packages"), Is.GreaterThan(names.IndexOf("Use the course feed from GRADER_FEED")));
        var cache = _workflow.Step("Cache the NuGet packages");
        Assert.That(ClassroomWorkflow.Text(cache, "uses"), Does.StartWith("actions/cache@"));
        var with = ClassroomWorkflow.Mapping(cache, "with")!;
        Assert.That(ClassroomWorkflow.Text(with, "path"), Is.EqualTo("~/.nuget/packages"), "where restore puts the tool, contracts and libtorch");
        Assert.That(ClassroomWorkflow.Text(with, "key"), Is.EqualTo("nuget-${{ runner.os }}-${{ hashFiles('.config/dotnet-tools.json', '*.csproj') }}"));
        Assert.That(File.Exists(Path.Combine(template.Folder, ".config", "dotnet-tools.json")), Is.True, "the tool's version");
        Assert.That(File.Exists(Path.Combine(template.Folder, template.ProjectFile)), Is.True, "the contracts and libtorch versions");
    }

    [Test]
    public void Workflow_PartialGrade_FailsTheRunOnlyWhenTheCourseAsks()
    {
        var env = ClassroomWorkflow.Mapping(_workflow.Root, "env")!;
        Assert.That(ClassroomWorkflow.Text(env, "FAIL_ON_LOST_POINTS"), Is.EqualTo("${{ inputs.fail_on_lost_points || vars.GRADING_FAIL_ON_LOST_POINTS == 'true' }}"));
        using var workspace = new TempFolder();
        workspace.Write("grading/result.json", "{}");
        var fail = _workflow.Step("Fail on lost points");
        Assert.That(ClassroomWorkflow.Runs(fail, false, workspace.Path, new Dictionary<string, string> { ["FAIL_ON_LOST_POINTS"] = "false" }), Is.False);
        Assert.That(ClassroomWorkflow.Runs(fail, false, workspace.Path, new Dictionary<string, string> { ["FAIL_ON_LOST_POINTS"] = "true" }), Is.True);
        Assert.That(_workflow.Steps.Where(s => ClassroomWorkflow.Text(s, "run") is { } run && run.Contains("exit 1", StringComparison.Ordinal))
            .Select(s => ClassroomWorkflow.Text(s, "name")), Is.EqualTo(new[] { "Fail on lost points" }), "no other step fails on purpose");
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
        var restore = _workflow.Step("Restore the grader and libtorch");
        Assert.That(ClassroomWorkflow.Text(ClassroomWorkflow.Mapping(restore, "env")!, "GITHUB_TOKEN"), Is.EqualTo("${{ github.token }}"));
        Assert.That(ClassroomWorkflow.Text(restore, "run")!.Split('\n')[1..], Is.EqualTo(new[] { "dotnet tool restore", "dotnet restore", "" }));
    }
}
