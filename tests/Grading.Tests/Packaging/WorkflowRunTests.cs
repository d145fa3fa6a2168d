using System.Text;
using System.Text.Json;
using Grading.Core.Results;
using Grading.Tests.Classroom;
using Grading.Tests.Support;

namespace Grading.Tests.Packaging;

/// <summary>
/// The Classroom workflow's own scripts, run in order in a student's repository with GitHub's files for
/// outputs and the summary (the <c>uses:</c> steps are GitHub's: checkout, .NET, upload, reporter). The
/// feed comes from GRADER_FEED, as a course would set it, with nuget.config left as the template has it.
/// </summary>
public class WorkflowRunTests
{
    [Test]
    public void WorkflowScripts_PartlyWrongSubmission_PublishAResultThatDecodesToTheGrade()
    {
        var tool = PackagingSetup.Tool;
        string repository = tool.NewRepository("workflow", StudentTemplate.Ps1, keepFeed: true);
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs")) File.Copy(file, Path.Combine(repository, Path.GetFileName(file)), overwrite: true);
        foreach (string file in Directory.GetFiles(Ps1Grading.Fixture("missing-factor-two"), "*.cs")) File.Copy(file, Path.Combine(repository, Path.GetFileName(file)), overwrite: true);
        string outputs = Path.Combine(tool.Root, "workflow-output.txt");
        string summary = Path.Combine(tool.Root, "workflow-summary.md");
        var environment = new Dictionary<string, string>(tool.Environment) { ["GRADER_FEED"] = tool.Feed, ["GITHUB_OUTPUT"] = outputs, ["GITHUB_STEP_SUMMARY"] = summary };

        foreach (var step in ClassroomWorkflow.Load(StudentTemplate.Ps1).Steps.Where(s => ClassroomWorkflow.Text(s, "run") is not null))
        {
            var run = CommandRunner.Run(repository, environment, PackedTool.Timeout, "bash", "-eo", "pipefail", "-c", ClassroomWorkflow.Text(step, "run")!);
            Assert.That(run.ExitCode, Is.EqualTo(0), $"{ClassroomWorkflow.Text(step, "name")}\n{run}");
        }

        var result = ResultJson.Deserialize(File.ReadAllText(Path.Combine(repository, "grading", "result.json")));
        Assert.That(result.Score, Is.GreaterThan(0).And.LessThan(85), "the fixture loses some points, not all");
        string line = File.ReadAllLines(outputs).Single(l => l.StartsWith("result=", StringComparison.Ordinal));
        using var payload = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(line["result=".Length..])));
        var tests = payload.RootElement.GetProperty("tests").EnumerateArray().ToList();
        Assert.That(payload.RootElement.GetProperty("max_score").GetDouble(), Is.EqualTo(100));
        Assert.That(payload.RootElement.GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(tests.Select(t => t.GetProperty("score").GetDouble()), Is.EqualTo(result.Sections.Select(s => s.Score)));
        Assert.That(tests.Sum(t => t.GetProperty("score").GetDouble()), Is.EqualTo(result.Score));
        Assert.That(tests.Select(t => t.GetProperty("score").GetDouble()), Has.Some.InRange(0.5, 29.5), "a section keeps its partial score");
        Assert.That(File.ReadAllText(summary), Does.StartWith($"## PS1 Part 3: Autograd — linear regression four ways: {result.Score:0.##}/100"));
        Assert.That(File.Exists(Path.Combine(repository, "grading", "report.html")), Is.True, "the artifact's report");
        Assert.That(File.ReadAllText(Path.Combine(repository, "nuget.config")), Does.Contain(tool.Feed), "GRADER_FEED replaced the course source");
    }
}
