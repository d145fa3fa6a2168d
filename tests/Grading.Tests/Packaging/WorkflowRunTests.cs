using Grading.Core.Results;
using Grading.Tests.Classroom;
using Grading.Tests.Support;

namespace Grading.Tests.Packaging;

/// <summary>
/// The template workflow's own scripts, run in order in a student's repository with GitHub's files for outputs and
/// the summary, each step only when its <c>if:</c> says so (the <c>uses:</c> steps are GitHub's: checkout, .NET, cache,
/// upload). The feed comes from GRADER_FEED, as a course would set it, with nuget.config left as the template has it.
/// </summary>
public class WorkflowRunTests
{
    [Test]
    public void WorkflowScripts_PartlyWrongSubmission_ScoreSummarizeAndAnnotateTheGrade_WithoutFailingTheRun()
    {
        var tool = PackagingSetup.Tool;
        string repository = tool.NewRepository("workflow", StudentTemplate.Ps1, keepFeed: true);
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs")) File.Copy(file, Path.Combine(repository, Path.GetFileName(file)), overwrite: true);
        foreach (string file in Directory.GetFiles(Ps1Grading.Fixture("missing-factor-two"), "*.cs")) File.Copy(file, Path.Combine(repository, Path.GetFileName(file)), overwrite: true);
        string outputs = Path.Combine(tool.Root, "workflow-output.txt");
        string summary = Path.Combine(tool.Root, "workflow-summary.md");
        var environment = new Dictionary<string, string>(tool.Environment)
        {
            ["GRADER_FEED"] = tool.Feed, ["GITHUB_OUTPUT"] = outputs, ["GITHUB_STEP_SUMMARY"] = summary, ["FAIL_ON_LOST_POINTS"] = "false",
        };

        var ran = new Dictionary<string, string>();
        bool failed = false;
        foreach (var step in ClassroomWorkflow.Load(StudentTemplate.Ps1).Steps.Where(s => ClassroomWorkflow.Text(s, "run") is not null))
        {
            if (!ClassroomWorkflow.Runs(step, failed, repository, environment)) continue;
            var run = CommandRunner.Run(repository, environment, PackedTool.Timeout, "bash", "-eo", "pipefail", "-c", ClassroomWorkflow.Text(step, "run")!);
            ran[ClassroomWorkflow.Text(step, "name")!] = run.Stdout;
            failed |= run.ExitCode != 0;
            Assert.That(run.ExitCode, Is.EqualTo(0), $"{ClassroomWorkflow.Text(step, "name")}\n{run}");
        }

        Assert.That(ran.Keys, Does.Not.Contain("No grade").And.Not.Contain("Fail on lost points"), "a partial grade is a green run");
        var result = ResultJson.Deserialize(File.ReadAllText(Path.Combine(repository, "grading", "result.json")));
        Assert.That(result.Score, Is.GreaterThan(0).And.LessThan(85), "the fixture loses some points, not all");
        Assert.That(File.ReadAllLines(outputs), Is.SupersetOf(new[] { $"score={result.Score:0.##}", "max-score=100", "pending-points=15" }));
        Assert.That(File.ReadAllText(summary), Does.StartWith($"## PS1 Part 3: Autograd — linear regression four ways: {result.Score:0.##}/100"));
        Assert.That(ran["Grade"], Does.Contain("1.2").And.Contain("partial"), "the log's table");
        Assert.That(ran["Annotations"], Does.Contain("::warning title=1.2 ").And.Contain($"::notice title=Grade%3A {result.Score:0.##}/100::"));
        Assert.That(File.Exists(Path.Combine(repository, "grading", "report.html")), Is.True, "the artifact's report");
        Assert.That(File.ReadAllText(Path.Combine(repository, "nuget.config")), Does.Contain(tool.Feed), "GRADER_FEED replaced the course source");
    }
}
