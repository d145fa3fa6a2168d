using System.Text.Json;
using Grading.Core.Exporting.Gradescope;
using Grading.Core.Results;

namespace Grading.Tests.Exporting;

/// <summary>Gradescope's results.json: field names and types, one test per section, totals equal to the grade.</summary>
public class GradescopeExporterTests
{
    private static JsonElement Parse(GradingResult result) => JsonDocument.Parse(ExportSamples.Export(new GradescopeExporter(), result)).RootElement;

    [Test]
    public void Export_Top_HasScoreExecutionTimeOutputAndTests()
    {
        var root = Parse(ExportSamples.Mixed);
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "score", "execution_time", "output", "tests" }));
        Assert.That(root.GetProperty("score").GetDouble(), Is.EqualTo(37.5));
        Assert.That(root.GetProperty("execution_time").GetInt32(), Is.EqualTo(5), "4.5 s, rounded up to whole seconds");
        Assert.That(root.GetProperty("output").GetString(), Does.Contain("Score: 37.5/85, 15 points pending"));
    }

    [Test]
    public void Export_Tests_OnePerSectionWithTypedFieldsAndTotalsEqualToTheGrade()
    {
        var tests = Parse(ExportSamples.Mixed).GetProperty("tests").EnumerateArray().ToList();
        foreach (var test in tests)
        {
            Assert.That(test.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "name", "number", "score", "max_score", "status", "output", "visibility" }));
            Assert.That(test.GetProperty("number").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(test.GetProperty("visibility").GetString(), Is.EqualTo("visible"));
        }
        Assert.That(tests.Select(t => t.GetProperty("number").GetString()), Is.EqualTo(new[] { "1.1", "1.2", "1.3", "1.5" }));
        Assert.That(tests.Select(t => t.GetProperty("score").GetDouble()), Is.EqualTo(new[] { 15, 22.5, 0, 0 }));
        Assert.That(tests.Select(t => t.GetProperty("max_score").GetDouble()), Is.EqualTo(new[] { 15, 30, 25, 15 }));
        Assert.That(tests.Select(t => t.GetProperty("status").GetString()), Is.EqualTo(new[] { "passed", "failed", "failed", "passed" }));
        Assert.That(tests.Sum(t => t.GetProperty("score").GetDouble()), Is.EqualTo(Parse(ExportSamples.Mixed).GetProperty("score").GetDouble()));
        Assert.That(tests[1].GetProperty("output").GetString(), Does.Contain("[fail] rules 0/7.5: the factor 2"));
    }

    [Test]
    public void Export_ErrorSection_IsFailedAndItsOutputStartsWithTheError()
    {
        var test = Parse(ExportSamples.WithError).GetProperty("tests")[1];
        Assert.That(test.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(test.GetProperty("output").GetString(), Does.Contain("Error: 1.4 Train threw InvalidOperationException: boom"));
    }

    [Test]
    public void Export_HostileText_StaysValidJsonAndLiteral()
    {
        var root = Parse(ExportSamples.WithHostileText());
        Assert.That(root.GetProperty("tests")[0].GetProperty("name").GetString(), Is.EqualTo("1.2 " + ExportSamples.Hostile));
    }
}
