using System.Text.Json;
using Grading.Core.Exporting.Gradescope;
using Grading.Core.Exporting.Text;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting.Gradescope;

/// <summary>Gradescope's results.json (gradescope/autograder_samples, docs/specs.md): field names and types, text
/// shown as written, one test per section, points a TA will grade left out of the autograder's.</summary>
public class GradescopeExporterTests
{
    private static JsonElement Parse(GradingResult result) => JsonDocument.Parse(ExportSamples.Export(new GradescopeExporter(), result)).RootElement;

    private static List<JsonElement> Tests(GradingResult result) => Parse(result).GetProperty("tests").EnumerateArray().ToList();

    [Test]
    public void Export_Top_HasScoreExecutionTimeFormatsOutputAndTests()
    {
        var root = Parse(ExportSamples.Mixed);
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "score", "execution_time", "output", "output_format", "test_output_format", "test_name_format", "tests" }));
        Assert.That(root.GetProperty("score").GetDouble(), Is.EqualTo(37.5));
        Assert.That(root.GetProperty("execution_time").GetInt32(), Is.EqualTo(5), "4.5 s, rounded up to whole seconds");
        // Not the default simple_format, which renders HTML: the summary is a Markdown code block, shown as written.
        Assert.That(root.GetProperty("output_format").GetString(), Is.EqualTo("md"));
        Assert.That(root.GetProperty("test_output_format").GetString(), Is.EqualTo("text"));
        string output = root.GetProperty("output").GetString()!;
        Assert.That(output, Does.Contain("Score: 37.5/85, 15 points pending"));
        Assert.That(output.Split('\n'), Has.All.StartWith("    "), "every line of an indented code block is four spaces in");
    }

    [Test]
    public void Export_HostileSummary_CannotLeaveTheCodeBlock()
    {
        var result = ExportSamples.WithHostileText() with { Student = "x\n```\n<img src=x onerror=alert(1)>\n# Score: 100/100" };
        string output = Parse(result).GetProperty("output").GetString()!;
        Assert.That(output.Split('\n'), Has.All.StartWith("    "));
        Assert.That(output, Does.Contain(@"x\x0A```\x0A<img"), "the student's line breaks are shown, not followed");
    }

    [Test]
    public void Export_Tests_OnePerSectionWithTypedFieldsAndTextFormats()
    {
        var tests = Tests(ExportSamples.Mixed);
        Assert.That(tests[0].EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "name", "name_format", "number", "score", "max_score", "status", "output", "output_format", "visibility" }));
        foreach (var test in tests)
        {
            Assert.That(test.GetProperty("number").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(test.GetProperty("output_format").GetString(), Is.EqualTo("text"));
            Assert.That(test.GetProperty("name_format").GetString(), Is.EqualTo("text"));
            Assert.That(test.GetProperty("visibility").GetString(), Is.EqualTo("visible"));
        }
        Assert.That(tests.Select(t => t.GetProperty("number").GetString()), Is.EqualTo(new[] { "1.1", "1.2", "1.3", "1.5" }));
        Assert.That(tests.Take(3).Select(t => t.GetProperty("score").GetDouble()), Is.EqualTo(new[] { 15, 22.5, 0 }));
        Assert.That(tests.Take(3).Select(t => t.GetProperty("max_score").GetDouble()), Is.EqualTo(new[] { 15, 30, 25 }));
        Assert.That(tests.Take(3).Select(t => t.GetProperty("status").GetString()), Is.EqualTo(new[] { "passed", "failed", "failed" }));
        Assert.That(tests.Sum(t => t.TryGetProperty("score", out var s) ? s.GetDouble() : 0), Is.EqualTo(Parse(ExportSamples.Mixed).GetProperty("score").GetDouble()));
        Assert.That(tests[1].GetProperty("output").GetString(), Does.Contain("[fail] rules 0/7.5: the factor 2"));
    }

    [Test]
    public void Export_SectionAllPendingATa_IsInformationalWithNoScoreOrStatus()
    {
        var pending = Tests(ExportSamples.Mixed)[3];
        // Not "passed" at 0/15, not "failed" at 0/15: the spec's test without score information.
        Assert.That(pending.TryGetProperty("score", out _), Is.False);
        Assert.That(pending.TryGetProperty("max_score", out _), Is.False);
        Assert.That(pending.TryGetProperty("status", out _), Is.False);
        Assert.That(pending.GetProperty("name").GetString(), Is.EqualTo("1.5 Section 1.5 (15 points for a TA to grade)"));
        Assert.That(pending.GetProperty("output").GetString(), Does.Contain("15 points wait for a TA's grade"));
    }

    [Test]
    public void Export_SectionPartlyPendingATa_ShowsTheGradersPointsOnly()
    {
        var section = SampleResults.Section("1.5", 0, 15, SectionStatus.Partial, pending: 10, failedMessage: "question 2 is not answered.");
        var test = Tests(SampleResults.Result([section]))[0];
        Assert.That(test.GetProperty("score").GetDouble(), Is.Zero);
        Assert.That(test.GetProperty("max_score").GetDouble(), Is.EqualTo(5), "15 less the 10 a TA grades");
        Assert.That(test.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(test.GetProperty("name").GetString(), Does.EndWith("(10 points for a TA to grade)"));
    }

    [Test]
    public void Export_TestOutput_KeepsTypeNamesAndShowsTheFigures()
    {
        var section = SampleResults.Section("1.2", 0, 30, SectionStatus.Failed, failedMessage: "Train returned a Vector<double> of 6 weights & no bias.");
        string output = Tests(SampleResults.Result([section]))[0].GetProperty("output").GetString()!;
        Assert.That(output, Does.Contain("a Vector<double> of 6 weights & no bias."), "text format: shown as written");
        Assert.That(output, Does.Contain("Figures (charts in the HTML report; in short here):"));
        Assert.That(output, Does.Contain("  b0      intercept  0.5    0.5        ok"));
        Assert.That(output, Does.Contain("  b1                 2      —          off"));
        Assert.That(output, Does.Contain("loss: per epoch (MSE by epoch, log scale)"));
        Assert.That(output, Does.Contain("  graded run: 3 values, from 3 to 1, lowest 1 at 2  █▅▁"));
        Assert.That(output, Does.Contain("  optimum: 0.5"));
        Assert.That(output, Does.Contain("  5 values: mean 0.15, sd 0.7416, min -1, max 1"));

        var noFigures = Tests(SampleResults.Result([section with { Figures = null }]))[0].GetProperty("output").GetString()!;
        Assert.That(noFigures, Does.Not.Contain("Figures"));
    }

    [Test]
    public void Export_ErrorSection_IsFailedAndItsOutputStartsWithTheError()
    {
        var test = Parse(ExportSamples.WithError).GetProperty("tests")[1];
        Assert.That(test.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(test.GetProperty("output").GetString(), Does.Contain("Error: 1.4 Train threw InvalidOperationException: boom"));
    }

    [Test]
    public void Export_HostileText_StaysValidJsonAndLiteralWithControlsShown()
    {
        var root = Parse(ExportSamples.WithHostileText());
        Assert.That(root.GetProperty("tests")[0].GetProperty("name").GetString(), Is.EqualTo("1.2 " + TerminalText.Line(ExportSamples.Hostile)));
        Assert.That(root.GetProperty("tests")[0].GetProperty("name").GetString(), Does.Contain("<script>alert(1)</script>").And.Contain(@"\x1B[31m"));
    }
}
