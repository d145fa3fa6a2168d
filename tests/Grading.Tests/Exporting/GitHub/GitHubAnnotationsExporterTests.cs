using Grading.Core.Compiling;
using Grading.Core.Exporting.GitHub;
using Grading.Core.Results;
using Grading.Core.Rules;
using Grading.Core.Running;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting.GitHub;

/// <summary><c>--format github</c>: the workflow commands, read back the way the Actions runner reads them.</summary>
public class GitHubAnnotationsExporterTests
{
    private static List<RunnerCommandParser.Command> Commands(GradingResult result)
    {
        var lines = ExportSamples.Export(new GitHubAnnotationsExporter(), result).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var commands = lines.Select(RunnerCommandParser.TryParse).ToList();
        Assert.That(commands, Has.None.Null, "every line is a command");
        return commands!;
    }

    [Test]
    public void Export_CompileErrors_AreErrorsOnTheirLines()
    {
        var result = SampleResults.Result([SampleResults.Section("1.1", 0, 15, SectionStatus.Error, error: "does not compile")], SampleResults.NotCompiled());
        var errors = Commands(result).Where(c => c.Name == "error").ToList();
        Assert.That(errors.Select(e => (e.Properties["file"], e.Properties["line"], e.Properties["col"], e.Properties["title"])), Is.EqualTo(new[]
        {
            ("A.cs", "12", "5", "Does not compile (CS0029)"), ("Sub/B.cs", "7", "9", "Does not compile (CS0103)"),
        }), "errors only, not the warning");
        Assert.That(errors[0].Data, Is.EqualTo("Cannot implicitly convert type 'string' to 'int'"));
    }

    [Test]
    public void Export_BrokenRule_IsAnErrorOnItsLine_AndARuleNotCheckedANotice()
    {
        var raw = new SectionRun
        {
            SectionId = "1.3", RuleViolations =
            [
                new RuleViolation("Tensor.item", "no item() in the loop.", "Section13.cs", 40, 13, "x.item<float>()"),
                new RuleViolation("Tensor.backward", "backward() could not be told.", "Section13.cs", 52, 9, "y.backward()", CouldNotTell: true),
            ],
        };
        var result = SampleResults.Result([SampleResults.Section("1.3", 22, 25, SectionStatus.Partial, failedMessage: "no item() in the loop.", raw: raw)]);
        var commands = Commands(result);
        var error = commands.Single(c => c.Name == "error");
        Assert.That((error.Properties["file"], error.Properties["line"], error.Properties["title"]), Is.EqualTo(("Section13.cs", "40", "Rule broken in 1.3 Section 1.3")));
        var note = commands.Single(c => c.Name == "notice" && c.Properties.ContainsKey("file"));
        Assert.That((note.Properties["line"], note.Properties["title"]), Is.EqualTo(("52", "Rule not checked in 1.3 Section 1.3 (no points lost)")));
    }

    [Test]
    public void Export_SectionsThatLostPoints_WarnWithPointsAndReason_AndTheGradeIsANotice()
    {
        var commands = Commands(ExportSamples.Mixed);
        Assert.That(commands.Where(c => c.Name == "warning").Select(c => (c.Properties["title"], c.Data)), Is.EqualTo(new[]
        {
            ("1.2 Section 1.2: 22.5/30 points (partial)", "the factor 2 of d/dw (ŷ − y)² is missing from the gradient."),
            ("1.3 Section 1.3: 0/25 points (failed)", "weights off by 0.3."),
        }), "passed and pending sections lose nothing");
        var grade = commands.Single(c => c.Name == "notice");
        Assert.That(grade.Properties["title"], Is.EqualTo("Grade: 37.5/85"));
        Assert.That(grade.Data, Does.StartWith("37.5/85 points; 15 points wait for a TA's grade"));
    }

    [Test]
    public void Export_HostileText_ReadsBackExactly_AndStartsNoCommandOfItsOwn()
    {
        const string message = "100% wrong\r\n::stop-commands::x\n::error::forged, title=x:y";
        var raw = new SectionRun { SectionId = "1.2", RuleViolations = [new RuleViolation("x", message, "a,b:c%.cs", 1, 1, "")] };
        var result = SampleResults.Result([SampleResults.Section("1.2", 0, 30, SectionStatus.Failed, failedMessage: message + "\u001b[31m", raw: raw)]);
        string exported = ExportSamples.Export(new GitHubAnnotationsExporter(), result);
        Assert.That(exported.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(3), "one line per annotation");
        var error = Commands(result).Single(c => c.Name == "error");
        Assert.That(error.Properties["file"], Is.EqualTo("a,b:c%.cs"));
        Assert.That(error.Data, Is.EqualTo(message));
        var warning = Commands(result).Single(c => c.Name == "warning");
        Assert.That(warning.Data, Is.EqualTo(message + "\uFFFD[31m"), "no escape sequence reaches the log");
    }

    [Test]
    public void Export_ManyCompileErrors_KeepsGitHubsTenPerKind_TheLastSayingHowManyMore()
    {
        var errors = Enumerable.Range(1, 25).Select(i => new CompilerDiagnostic("A.cs", i, 1, "error", "CS0103", $"error {i}", "")).ToList();
        var result = SampleResults.Result([SampleResults.Section("1.1", 0, 15, SectionStatus.Error, error: "x")], new CompilationReport(false, 1, ["A.cs"], errors));
        var shown = Commands(result).Where(c => c.Name == "error").ToList();
        Assert.That(shown, Has.Count.EqualTo(GitHubAnnotationsExporter.PerKind));
        Assert.That(shown[^2].Data, Is.EqualTo("error 9"));
        Assert.That(shown[^1].Properties["title"], Is.EqualTo("16 more"));
    }
}
