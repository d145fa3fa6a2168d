using System.Text;
using System.Text.Json;
using Grading.Core.Exporting.Classroom;
using Grading.Core.Results;
using Grading.Tests.Classroom;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting;

/// <summary>The $GITHUB_OUTPUT lines GitHub Classroom's grading reporter reads: three runners, base64 of JSON with its field
/// names and types, whose totals by the reporter's own rules (<see cref="ReporterRules"/>) are the grade.</summary>
public class ClassroomExporterTests
{
    /// <summary>Each runner's payload, by name, from the exported <c>name=base64</c> lines.</summary>
    internal static Dictionary<string, JsonElement> Decode(string exported)
    {
        var lines = exported.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.All.Match("^(earned|lost|pending)=[A-Za-z0-9+/]+=*$"), "one line of base64 per step output");
        return lines.ToDictionary(l => l[..l.IndexOf('=')],
            l => JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(l[(l.IndexOf('=') + 1)..]))).RootElement);
    }

    private static Dictionary<string, JsonElement> Export(GradingResult result) => Decode(ExportSamples.Export(new ClassroomExporter(), result));

    private static List<JsonElement> Tests(JsonElement payload) => payload.GetProperty("tests").EnumerateArray().ToList();

    [Test]
    public void Export_ThreeRunners_InTheWorkflowsOrder_WithTheReportersFieldsAndTypes()
    {
        var runners = Export(ExportSamples.Mixed);
        Assert.That(runners.Keys, Is.EqualTo(ClassroomRunners.Names));
        foreach (var payload in runners.Values)
        {
            Assert.That(payload.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "version", "status", "max_score", "tests" }));
            Assert.That(payload.GetProperty("version").GetInt32(), Is.EqualTo(1));
            foreach (var test in Tests(payload))
            {
                Assert.That(test.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[]
                {
                    "name", "status", "score", "message", "test_code", "filename", "line_no", "execution_time",
                }));
                Assert.That(test.GetProperty("score").ValueKind, Is.EqualTo(JsonValueKind.Number));
                Assert.That(test.GetProperty("line_no").TryGetInt32(out _), Is.True);
                Assert.That(test.GetProperty("execution_time").GetString(), Does.Match(@"^\d+\.\d\ds$"));
            }
        }
    }

    [Test]
    public void Export_ReportersLogTotalAndNotifiedPoints_AreBothTheGrade()
    {
        var payloads = Export(ExportSamples.Mixed).Values.ToList();
        Assert.That(ReporterRules.LogTotal(payloads), Is.EqualTo((37.5, 85.0)));
        Assert.That(ReporterRules.Notified(payloads), Is.EqualTo((37.5, 85.0)));
        var reference = Export(ExportSamples.AllPassed).Values.ToList();
        Assert.That(ReporterRules.LogTotal(reference), Is.EqualTo((15.0, 30.0)), "15 pending points are not passed");
        Assert.That(ReporterRules.Notified(reference), Is.EqualTo((15.0, 30.0)));
    }

    [Test]
    public void ReporterRules_OneRunnerWithATestPerSection_ShowTheWrongTotal()
    {
        // The shape this exporter had before: one runner, a test per section, a pending section "pass" with score 0.
        string single = """{"version":1,"status":"pass","max_score":30,"tests":[{"name":"1.1","status":"pass","score":15},{"name":"1.5","status":"pass","score":0}]}""";
        var payload = JsonDocument.Parse(single).RootElement;
        Assert.That(ReporterRules.LogTotal([payload]), Is.EqualTo((30.0, 30.0)), "the log said full marks");
        Assert.That(ReporterRules.Notified([payload]), Is.EqualTo((15.0, 30.0)), "while Classroom got 15");
    }

    [Test]
    public void Export_EachSection_LandsWhereItsPointsGo_AndNoPendingTestPasses()
    {
        var runners = Export(ExportSamples.Mixed);
        Assert.That(Tests(runners[ClassroomRunners.Earned]).Select(t => (t.GetProperty("name").GetString(), t.GetProperty("status").GetString(), t.GetProperty("score").GetDouble())),
            Is.EqualTo(new[] { ("1.1 Section 1.1: 15 of 15 points", "pass", 15.0), ("1.2 Section 1.2: 22.5 of 30 points", "pass", 22.5) }));
        Assert.That(Tests(runners[ClassroomRunners.Lost]).Select(t => (t.GetProperty("name").GetString(), t.GetProperty("status").GetString())),
            Is.EqualTo(new[] { ("1.2 Section 1.2: 7.5 points lost", "fail"), ("1.3 Section 1.3: 25 points lost", "fail") }));
        Assert.That(Tests(runners[ClassroomRunners.Pending]).Select(t => (t.GetProperty("name").GetString(), t.GetProperty("status").GetString())),
            Is.EqualTo(new[] { ("1.5 Section 1.5: 15 points wait for a TA's grade", "pending") }));
        Assert.That(runners.Values.Select(p => p.GetProperty("max_score").GetDouble()), Is.EqualTo(new[] { 37.5, 32.5, 15 }));
    }

    [Test]
    public void Export_LostPoints_PrintTheirReasonInTheLog_AndFailTheStepAsClassroomDid()
    {
        var runners = Export(ExportSamples.Mixed);
        // The reporter prints test_code under every test (src/console-results.js lines 40-42).
        string reason = Tests(runners[ClassroomRunners.Lost])[0].GetProperty("test_code").GetString()!;
        Assert.That(reason, Does.Contain("22.5/30 points").And.Contain("the factor 2"));
        Assert.That(reason.Split('\n'), Has.All.StartWith("| "), "no line of it is a workflow command, even after the runner trims it");
        Assert.That(ReporterRules.FailsTheStep(runners.Values), Is.True);
        Assert.That(runners[ClassroomRunners.Lost].GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(ReporterRules.FailsTheStep(Export(ExportSamples.AllPassed).Values), Is.False, "pending points fail nothing");
        Assert.That(Export(ExportSamples.WithError)[ClassroomRunners.Lost].GetProperty("status").GetString(), Is.EqualTo("error"));
        // An error's message is what the reporter prints for it ("Error: ..."): the reason is there, once.
        var errored = Tests(Export(ExportSamples.WithError)[ClassroomRunners.Lost]).Single();
        Assert.That((errored.GetProperty("status").GetString(), errored.GetProperty("test_code").GetString()), Is.EqualTo(("error", "")));
        Assert.That(errored.GetProperty("message").GetString(), Does.Contain("\n| 1.4 Train threw InvalidOperationException: boom"));
    }

    [Test]
    public void Export_SectionThatCouldNotRun_IsListedEvenWhenWorthNothing()
    {
        // What `check` writes when the assignment itself could not be loaded: one 0-point section holding the reason.
        var notGraded = SampleResults.Result([SampleResults.Section("grading", 0, 0, SectionStatus.Error, error: "Not graded: no assignment 'x'")]);
        var lost = Tests(Export(notGraded)[ClassroomRunners.Lost]).Single();
        Assert.That((lost.GetProperty("name").GetString(), lost.GetProperty("status").GetString()), Is.EqualTo(("grading Section grading: could not run", "error")));
        Assert.That(lost.GetProperty("message").GetString(), Does.Contain("no assignment 'x'"));
    }

    [Test]
    public void Export_NothingInARunner_GivesItOneTestSoTheReporterNeverDividesZeroByZero()
    {
        var runners = Export(ExportSamples.AllPassed);
        Assert.That(Tests(runners[ClassroomRunners.Lost]).Select(t => t.GetProperty("name").GetString()), Is.EqualTo(new[] { "No points lost" }));
        Assert.That(ReporterRules.LogScore(runners[ClassroomRunners.Lost]), Is.EqualTo(0), "not NaN");
        var nothing = Export(SampleResults.Result([SampleResults.Section("1.3", 0, 25, SectionStatus.Failed, failedMessage: "off.")]));
        Assert.That(Tests(nothing[ClassroomRunners.Earned]).Single().GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(ReporterRules.LogTotal(nothing.Values), Is.EqualTo((0.0, 25.0)));
    }

    [Test]
    public void Export_CompileError_PointsTheLostTestAtTheFirstError()
    {
        var result = SampleResults.Result([SampleResults.Section("1.1", 0, 15, SectionStatus.Error, error: "does not compile")], SampleResults.NotCompiled());
        var test = Tests(Export(result)[ClassroomRunners.Lost])[0];
        Assert.That((test.GetProperty("filename").GetString(), test.GetProperty("line_no").GetInt32()), Is.EqualTo(("A.cs", 12)));
        Assert.That(test.GetProperty("status").GetString(), Is.EqualTo("error"));
    }

    [Test]
    public void Export_HostileText_CannotStartALogLineOrDriveTheTerminal()
    {
        string injection = ExportSamples.Hostile + "\n::stop-commands::x\r\n ::error::forged ##[error]legacy";
        var section = SampleResults.Section("1.2", 10, 30, SectionStatus.Partial, failedMessage: injection) with { Title = "T\n::warning::t" };
        var lost = Tests(Export(SampleResults.Result([section]))[ClassroomRunners.Lost]).Single();
        Assert.That(lost.GetProperty("name").GetString()!.IndexOfAny(['\n', '\u001b']), Is.EqualTo(-1), "one line, no escape sequence");
        string code = lost.GetProperty("test_code").GetString()!;
        // The runner's own parsers (actions/runner ActionCommand.cs): TryParseV2 trims the line, TryParse finds "##[" anywhere.
        Assert.That(code.Split('\n').Select(l => l.TrimStart()), Has.None.StartWith("::"));
        Assert.That(code.Contains("##[", StringComparison.Ordinal), Is.False);
        Assert.That(code.Contains("##\u2060[error]legacy", StringComparison.Ordinal), Is.True);
        Assert.That(code.Contains('\u001b', StringComparison.Ordinal), Is.False, "no escape sequence reaches the terminal");
        Assert.That(code, Does.Contain("| ::stop-commands::x").And.Contain("<script>"), "kept, inert");
    }
}
