using System.Text.Json.Nodes;
using Grading.Core.Bulk;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Cli;

/// <summary>A result saved by a grader of result schema 1 (PS1's fields on the raw run) cannot be rendered or
/// rescored by this one: both commands say so in one sentence, with exit code 2, and write nothing.</summary>
public class CliOldResultTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>A result as schema 1 wrote it: the weights summary as the reference, the training run on the raw run.</summary>
    private static string SchemaOneJson()
    {
        var json = JsonNode.Parse(ResultJson.Serialize(SampleResults.Result([SampleResults.Section("1.1", 15, 15, SectionStatus.Passed)])))!.AsObject();
        json["schema_version"] = 1;
        json["reference"] = JsonNode.Parse("""{ "weight_names": ["intercept"], "weights": [0.5], "optimal_loss": 0.43, "stable_learning_rate_bound": 0.26 }""");
        var raw = json["sections"]![0]!["raw"]!.AsObject();
        raw.Remove("values");
        raw["weights"] = JsonNode.Parse("[0.5]");
        raw["training"] = JsonNode.Parse("""{ "epochs_requested": 4, "initial_weights": [0], "learning_rate": 0.1, "loss_history": [1, 0.5], "weights": [0.5] }""");
        return json.ToJsonString();
    }

    private static void AssertOneSentenceToRegrade(GraderProcess.Outcome run, string path)
    {
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr.Trim(), Is.EqualTo($"grader: {path} was written by an older grader (result schema 1; this grader reads 2): "
            + "grade the submission again (grader check, or grader bulk --regrade) instead of rescoring or rendering it."));
    }

    [Test]
    public void Report_SchemaOneResult_ExitsTwoSayingToGradeAgain()
    {
        using var work = new TempFolder("grader-old-result-");
        string json = work.Write("old.json", SchemaOneJson());

        var run = GraderProcess.Run(work.Path, Timeout, "report", json);

        AssertOneSentenceToRegrade(run, json);
        Assert.That(File.Exists(Path.ChangeExtension(json, ".html")), Is.False);
    }

    [Test]
    public void Rescore_SchemaOneResult_ExitsTwoSayingToGradeAgain()
    {
        using var work = new TempFolder("grader-old-result-");
        var layout = new BulkLayout(Path.Combine(work.Path, "class"));
        Directory.CreateDirectory(layout.StudentFolder("alice"));
        string before = SchemaOneJson();
        File.WriteAllText(layout.ResultPath("alice"), before);
        layout.WriteRecord(new StudentRecord { Student = new RosterEntry("alice"), Status = StudentStatus.Graded, Key = "schema-1" });

        var run = GraderProcess.Run(work.Path, Timeout, "rescore", layout.Root);

        AssertOneSentenceToRegrade(run, layout.ResultPath("alice"));
        Assert.That(File.ReadAllText(layout.ResultPath("alice")), Is.EqualTo(before), "the old result is left as it was");
    }
}
