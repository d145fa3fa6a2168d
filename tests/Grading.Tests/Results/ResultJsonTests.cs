using System.Text.Json;
using System.Text.Json.Nodes;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Results;

public class ResultJsonTests
{
    private static GradingResult Sample() => SampleResults.Result(
    [
        SampleResults.Section("1.1", 15, 15, SectionStatus.Passed),
        SampleResults.Section("1.2", 0, 30, SectionStatus.Failed, failedMessage: "the loss is NaN at epoch 3", raw: SampleResults.Diverged()),
        SampleResults.Section("1.5", 0, 15, SectionStatus.Pending, pending: 15),
    ]);

    [Test]
    public void Deserialize_SerializedResult_KeepsNaNAndInfinities()
    {
        var back = ResultJson.Deserialize(ResultJson.Serialize(Sample()));
        var values = back.Sections[1].Raw.Values!;
        Assert.That(values["training.loss_history"], Is.EqualTo(new[] { 1.5, double.PositiveInfinity, double.NegativeInfinity, double.NaN }));
        Assert.That(double.IsNaN(values["weights"][0]), Is.True);
    }

    [Test]
    public void Deserialize_SerializedResult_RoundTripsEveryField()
    {
        var original = Sample();
        var back = ResultJson.Deserialize(ResultJson.Serialize(original));
        Assert.That((back.Assignment, back.Student, back.GradedAt, back.Score, back.MaxScore, back.PendingPoints),
            Is.EqualTo((original.Assignment, original.Student, original.GradedAt, original.Score, original.MaxScore, original.PendingPoints)));
        Assert.That(back.Environment, Is.EqualTo(original.Environment));
        Assert.That(back.Timing, Is.EqualTo(original.Timing));
        Assert.That(back.Compilation.Files, Is.EqualTo(original.Compilation.Files));
        Assert.That(back.Sections.Select(s => s.Status), Is.EqualTo(original.Sections.Select(s => s.Status)));
        Assert.That(back.Sections[1].Checks, Is.EqualTo(original.Sections[1].Checks));
        var raw = back.Sections[1].Raw;
        var expected = original.Sections[1].Raw;
        Assert.That(raw.RuleViolations, Is.EqualTo(expected.RuleViolations));
        Assert.That(raw.Answers, Is.EqualTo(expected.Answers));
        Assert.That(raw.Notes, Is.EqualTo(expected.Notes));
        Assert.That((raw.Values!["training.learning_rate"], raw.RulesChecked), Is.EqualTo((new[] { 0.5 }, true)));
        Assert.That(back.Sections[0].Raw.Values!["weights"], Is.EqualTo(new[] { 1.0, 2, 3 }));
        Assert.That(back.Reference, Is.EqualTo(original.Reference).Using<Grading.Core.Figures.ValueTable>((a, b) =>
            a.Title == b.Title && a.Rows.SequenceEqual(b.Rows)));
        var (figures, before) = (back.Sections[0].Figures!, original.Sections[0].Figures!);
        Assert.That(figures.Select(f => (f.Kind, f.Title, f.Caption, f.LogY)), Is.EqualTo(before.Select(f => (f.Kind, f.Title, f.Caption, f.LogY))));
        Assert.That(figures[0].Rows, Is.EqualTo(before[0].Rows));
        Assert.That(figures[1].Series![0].Y, Is.EqualTo(before[1].Series![0].Y));
        Assert.That(figures[1].Markers, Is.EqualTo(before[1].Markers));
        Assert.That(figures[2].Sample!.Values, Is.EqualTo(before[2].Sample!.Values));
        Assert.That(figures[2].Sample!.Mean, Is.EqualTo(before[2].Sample!.Mean));
    }

    [Test]
    public void Serialize_UsesSnakeCaseNames()
    {
        var json = JsonNode.Parse(ResultJson.Serialize(Sample()))!.AsObject();
        Assert.That(json.Select(p => p.Key), Is.SupersetOf(new[] { "schema_version", "assignment_title", "max_score", "pending_points", "graded_at" }));
        Assert.That(json["compilation"]!.AsObject().Select(p => p.Key), Does.Contain("duration_ms"));
        var section = json["sections"]![0]!.AsObject();
        Assert.That(section.Select(p => p.Key), Is.SupersetOf(new[] { "max_score", "pending_points", "duration_ms", "output_truncated_chars", "first_problem" }));
        Assert.That(json["sections"]![1]!["raw"]!["values"]!.AsObject().Select(p => p.Key),
            Is.SupersetOf(new[] { "training.loss_history", "weights" }), "the harness's keys are kept as they are");
        Assert.That(json["sections"]![0]!["figures"]![0]!.AsObject().Select(p => p.Key), Is.SupersetOf(new[] { "kind", "name_heading", "rows" }));
        Assert.That((string?)json["sections"]![0]!["figures"]![2]!["kind"], Is.EqualTo("sample"));
        Assert.That(json["timing"]!.AsObject().Select(p => p.Key), Does.Contain("overhead_ms"));
    }

    [Test]
    public void Serialize_WritesEnumsAsLowerCaseStrings()
    {
        var json = JsonNode.Parse(ResultJson.Serialize(Sample()))!;
        Assert.That(json["sections"]!.AsArray().Select(s => (string?)s!["status"]), Is.EqualTo(new[] { "passed", "failed", "pending" }));
        Assert.That((string?)json["sections"]![1]!["raw"]!["outcome"], Is.EqualTo("completed"));
    }

    [Test]
    public void Serialize_MultiWordEnum_IsSnakeCase()
    {
        var run = SampleResults.Diverged() with { Outcome = Grading.Core.Running.RunOutcome.NotImplemented };
        var json = ResultJson.Serialize(SampleResults.Result([SampleResults.Section("1.2", 0, 30, SectionStatus.Error, raw: run)]));
        Assert.That(json, Does.Contain("\"outcome\": \"not_implemented\""));
        Assert.That(ResultJson.Deserialize(json).Sections[0].Raw.Outcome, Is.EqualTo(Grading.Core.Running.RunOutcome.NotImplemented));
    }

    [Test]
    public void Serialize_KeepsNonAsciiReadable()
    {
        // Messages carry λ, →, ŷ; a TA reading the file should see them, not \u escapes.
        var section = SampleResults.Section("1.2", 0, 30, SectionStatus.Failed, failedMessage: "above 2/λmax: 1 → 2");
        Assert.That(ResultJson.Serialize(SampleResults.Result([section])), Does.Contain("above 2/λmax: 1 → 2"));
    }

    [Test]
    public void Deserialize_Null_Throws()
    {
        Assert.That(() => ResultJson.Deserialize("null"), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public void Write_NewFolder_CreatesItAndLeavesNoTemporaryFile()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "jdoe", "result.json");
        ResultJson.Write(Sample(), path);
        Assert.That(File.Exists(path), Is.True);
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(path)!), Is.EqualTo(new[] { path }));
        Assert.That(ResultJson.Deserialize(File.ReadAllText(path)).Score, Is.EqualTo(15));
    }

    [Test]
    public void Write_ExistingFile_IsReplacedWhole()
    {
        using var folder = new TempFolder();
        // A longer file first: a replace that wrote in place would leave its tail behind.
        string path = folder.Write("result.json", new string(' ', 100_000) + "stale");
        ResultJson.Write(Sample() with { Student = "replaced" }, path);
        Assert.That(ResultJson.Deserialize(File.ReadAllText(path)).Student, Is.EqualTo("replaced"));
        Assert.That(File.ReadAllText(path), Does.Not.Contain("stale"));
        Assert.That(Directory.GetFiles(folder.Path), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void Deserialize_SchemaVersion1_SaysToGradeAgain()
    {
        // A result from before the figures: PS1's fields on the raw run and a reference of weights.
        var old = JsonNode.Parse(ResultJson.Serialize(Sample()))!.AsObject();
        old["schema_version"] = 1;
        old["reference"] = JsonNode.Parse("""{ "weight_names": ["intercept"], "weights": [0.5], "optimal_loss": 0.4, "stable_learning_rate_bound": 0.25 }""");

        var error = Assert.Throws<ResultSchemaException>(() => ResultJson.Deserialize(old.ToJsonString(), "old/result.json"))!;

        Assert.That(error.Message, Is.EqualTo("old/result.json was written by an older grader (result schema 1; this grader reads 2): "
            + "grade the submission again (grader check, or grader bulk --regrade) instead of rescoring or rendering it."));
    }

    [Test]
    public void Deserialize_NoSchemaVersion_IsTakenForTheFirstSchema()
    {
        var old = JsonNode.Parse(ResultJson.Serialize(Sample()))!.AsObject();
        old.Remove("schema_version");

        Assert.That(() => ResultJson.Deserialize(old.ToJsonString()), Throws.TypeOf<ResultSchemaException>().With.Message.Contains("result schema 1;"));
    }

    [Test]
    public void Serialize_NewResult_IsSchemaVersion2()
    {
        Assert.That((int?)JsonNode.Parse(ResultJson.Serialize(Sample()))!["schema_version"], Is.EqualTo(2));
    }
}
