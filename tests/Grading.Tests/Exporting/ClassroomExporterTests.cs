using System.Text;
using System.Text.Json;
using Grading.Core.Exporting.Classroom;
using Grading.Core.Results;

namespace Grading.Tests.Exporting;

/// <summary>The payload GitHub Classroom's grading reporter decodes: base64 of JSON with its field names and types.</summary>
public class ClassroomExporterTests
{
    private static JsonElement Decode(GradingResult result)
    {
        string base64 = ExportSamples.Export(new ClassroomExporter(), result);
        Assert.That(base64, Does.Match("^[A-Za-z0-9+/]+=*$"), "one line of base64, as a step output needs");
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64))).RootElement;
    }

    [Test]
    public void Export_Payload_HasTheReportersFieldsWithTheirTypes()
    {
        var root = Decode(ExportSamples.Mixed);
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "version", "status", "max_score", "tests" }));
        Assert.That(root.GetProperty("version").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("max_score").GetDouble(), Is.EqualTo(85));
        foreach (var test in root.GetProperty("tests").EnumerateArray())
        {
            Assert.That(test.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[]
            {
                "name", "status", "score", "message", "test_code", "filename", "line_no", "execution_time",
            }));
            Assert.That(test.GetProperty("name").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(test.GetProperty("status").GetString(), Is.AnyOf("pass", "fail", "error"));
            Assert.That(test.GetProperty("score").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(test.GetProperty("message").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(test.GetProperty("test_code").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(test.GetProperty("filename").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(test.GetProperty("line_no").TryGetInt32(out _), Is.True);
            Assert.That(test.GetProperty("execution_time").GetString(), Does.Match(@"^\d+\.\d\ds$"));
        }
    }

    [Test]
    public void Export_OneTestPerSection_CarriesItsRealPartialScore_AndTheyAddUpToTheGrade()
    {
        var tests = Decode(ExportSamples.Mixed).GetProperty("tests").EnumerateArray().ToList();
        Assert.That(tests.Select(t => t.GetProperty("name").GetString()), Is.EqualTo(new[] { "1.1 Section 1.1", "1.2 Section 1.2", "1.3 Section 1.3", "1.5 Section 1.5" }));
        Assert.That(tests.Select(t => t.GetProperty("score").GetDouble()), Is.EqualTo(new[] { 15, 22.5, 0, 0 }));
        Assert.That(tests.Select(t => t.GetProperty("status").GetString()), Is.EqualTo(new[] { "pass", "fail", "fail", "pass" }));
        Assert.That(tests.Sum(t => t.GetProperty("score").GetDouble()), Is.EqualTo(ExportSamples.Mixed.Score));
        Assert.That(tests[1].GetProperty("message").GetString(), Does.Contain("22.5/30 points").And.Contain("the factor 2"));
        Assert.That(tests[3].GetProperty("message").GetString(), Does.Contain("15 points wait for a TA's grade"));
    }

    [Test]
    public void Export_OverallStatus_IsErrorFailOrPassFromTheSections()
    {
        Assert.That(Decode(ExportSamples.WithError).GetProperty("status").GetString(), Is.EqualTo("error"));
        Assert.That(Decode(ExportSamples.WithError).GetProperty("tests")[1].GetProperty("status").GetString(), Is.EqualTo("error"));
        Assert.That(Decode(ExportSamples.Mixed).GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(Decode(ExportSamples.AllPassed).GetProperty("status").GetString(), Is.EqualTo("pass"));
    }

    [Test]
    public void Export_CompileError_PointsEveryTestAtTheFirstError()
    {
        var result = Support.SampleResults.Result([Support.SampleResults.Section("1.1", 0, 15, SectionStatus.Error, error: "does not compile")],
            Support.SampleResults.NotCompiled());
        var test = Decode(result).GetProperty("tests")[0];
        Assert.That((test.GetProperty("filename").GetString(), test.GetProperty("line_no").GetInt32()), Is.EqualTo(("A.cs", 12)));
    }

    [Test]
    public void Export_HostileText_SurvivesTheRoundTripAsPlainText()
    {
        var tests = Decode(ExportSamples.WithHostileText()).GetProperty("tests");
        Assert.That(tests[0].GetProperty("name").GetString(), Is.EqualTo("1.2 " + ExportSamples.Hostile));
        Assert.That(tests[1].GetProperty("message").GetString(), Does.Contain(ExportSamples.Hostile));
    }
}
