using System.Text.Json;
using Grading.Core.Exporting.Classroom50;
using Grading.Core.Results;
using Grading.Tests.Exporting;
using Grading.Tests.Support;

namespace Grading.Tests.Classroom;

/// <summary>
/// <c>--format classroom50</c> and docs/classroom50/autograder.py: run as Classroom 50's runner runs it (python3, in the
/// student's checkout, with the runner's variables), with a stand-in <c>dotnet</c> whose grader writes our real export,
/// and its result.json held to the runner's rules (<see cref="Classroom50Result"/>).
/// </summary>
public class Classroom50Tests
{
    private static readonly string Autograder = Path.Combine(RepositoryPaths.Root, "docs", "classroom50", "autograder.py");

    private static JsonElement Export(GradingResult result) => JsonDocument.Parse(ExportSamples.Export(new Classroom50Exporter(), result)).RootElement;

    [Test]
    public void Export_WholePointsRoundedDown_ExactPointsBeside_PendingNotPassed()
    {
        var grade = Export(ExportSamples.Mixed);
        Assert.That((grade.GetProperty("score").GetRawText(), grade.GetProperty("max-score").GetRawText()), Is.EqualTo(("37", "85")), "37.5 counts 37, never 38");
        Assert.That((grade.GetProperty("points").GetDouble(), grade.GetProperty("pending-points").GetDouble()), Is.EqualTo((37.5, 15.0)));
        var tests = grade.GetProperty("tests").EnumerateArray().ToList();
        Assert.That(tests.Select(t => (t.GetProperty("score").GetInt32(), t.GetProperty("max-score").GetInt32(), t.GetProperty("passed").GetBoolean())),
            Is.EqualTo(new[] { (15, 15, true), (22, 30, false), (0, 25, false), (0, 15, false) }));
        Assert.That(tests[3].GetProperty("test-name").GetString(), Is.EqualTo("1.5 Section 1.5 (TA grade pending)"));
        Assert.That(tests[1].GetProperty("message").GetString(), Does.Contain("the factor 2"), "the reason travels with the score");
    }

    [Test]
    public void Export_HostileTitle_IsOneSafeLineUnderAHundredBytes()
    {
        var section = SampleResults.Section("1.2", 10, 30, SectionStatus.Partial) with { Title = "x\n::error::y\u001b" + new string('é', 200) };
        string name = Export(SampleResults.Result([section])).GetProperty("tests")[0].GetProperty("test-name").GetString()!;
        Assert.That(System.Text.Encoding.UTF8.GetByteCount(name), Is.LessThanOrEqualTo(100));
        Assert.That(name.IndexOfAny(['\n', '\u001b']), Is.EqualTo(-1), "one line, no escape sequence");
        Assert.That(name, Does.StartWith("1.2 x ::error::y\uFFFD"));
    }

    [TestCase("mixed", "failure", "classroom50 autograde: 37.5/85, 15 pending a TA")]
    [TestCase("pending", "success", "classroom50 autograde: 15/30, 15 pending a TA")]
    public void Autograder_WritesAResultTheRunnerAccepts_AndItsStatus(string sample, string status, string summary)
    {
        var result = sample == "mixed" ? ExportSamples.Mixed : ExportSamples.AllPassed;
        using var checkout = new TempFolder();
        var run = RunAutograder(checkout, result, graderExit: 0);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var written = JsonDocument.Parse(File.ReadAllText(Path.Combine(checkout.Path, "result.json"))).RootElement;
        Assert.That(Classroom50Result.Problem(written, "dl-2026", "ps1"), Is.Null);
        Assert.That(written.GetProperty("points").GetDouble(), Is.EqualTo(result.Score));
        Assert.That(File.ReadAllLines(Path.Combine(checkout.Path, "output.txt")), Is.EqualTo(new[] { $"status={status}", $"summary={summary}" }));
        Assert.That(File.Exists(Path.Combine(checkout.Path, "release-body.md")), Is.True);
        Assert.That(run.Stdout, Does.Match(@"^::stop-commands::([0-9a-f]{32})\n::error::forged\n::\1::\n"), "the grader's output printed with commands off");
    }

    [Test]
    public void Autograder_GraderCannotGrade_PublishesItsZeroPointGrade_ButNoGradeMeansAnError()
    {
        using var checkout = new TempFolder();
        var zero = SampleResults.Result([SampleResults.Section("1.1", 0, 15, SectionStatus.Error, error: "Not graded: A.cs is 2 MiB")]);
        Assert.That(RunAutograder(checkout, zero, graderExit: 2).ExitCode, Is.Zero, "exit 2 still wrote a grade");
        var written = JsonDocument.Parse(File.ReadAllText(Path.Combine(checkout.Path, "result.json"))).RootElement;
        Assert.That(written.GetProperty("tests")[0].GetProperty("message").GetString(), Does.Contain("A.cs is 2 MiB"));

        using var broken = new TempFolder();
        broken.Write("grading/classroom50.json", """{"score": 100, "max-score": 100, "tests": []}""");
        var run = RunAutograder(broken, null, graderExit: 1);
        Assert.That(run.ExitCode, Is.EqualTo(1), "no grade: the runner reports an error");
        Assert.That(File.Exists(Path.Combine(broken.Path, "result.json")), Is.False, "a grade committed to the repository is not this run's");
    }

    /// <summary>Runs the autograder in <paramref name="checkout"/> with a dotnet whose grader writes <paramref name="result"/>'s
    /// exports (none when null) and exits <paramref name="graderExit"/>.</summary>
    private static CommandRunner.Outcome RunAutograder(TempFolder checkout, GradingResult? result, int graderExit)
    {
        using var fakes = new TempFolder();
        if (result is not null)
        {
            File.WriteAllText(Path.Combine(fakes.Path, "classroom50.json"), ExportSamples.Export(new Classroom50Exporter(), result));
            ResultJson.Write(result, Path.Combine(fakes.Path, "result.json"));
        }
        string grades = result is null ? "" : $"mkdir -p grading; cp '{fakes.Path}/classroom50.json' '{fakes.Path}/result.json' grading/; ";
        fakes.Write("bin/dotnet", "#!/bin/bash\ncase \"$1 $2\" in\n"
            + "  '--list-sdks '*) echo '10.0.100 [/fake/sdk]' ;;\n"
            + $"  'grader check') echo '::error::forged'; {grades}exit {graderExit} ;;\n"
            + "  'grader report') echo '## PS1' > release-body.md ;;\n"
            + "esac\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(fakes.Path, "bin", "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var env = new Dictionary<string, string>
        {
            ["CLASSROOM"] = "dl-2026", ["ASSIGNMENT"] = "ps1", ["SUBMISSION_TAG"] = "submit/2026-12-04T09-00-00Z-a1b2c3d",
            ["COMMIT_URL"] = "https://github.com/o/r/commit/a1b2c3d", ["RELEASE_URL"] = "https://github.com/o/r/releases/tag/submit%2Fx",
            ["REVIEW_URL"] = "", ["GITHUB_OUTPUT"] = Path.Combine(checkout.Path, "output.txt"), ["GITHUB_ACTIONS"] = "",
        };
        // CommandRunner sets PATH itself: the stand-in goes first from inside the command.
        return CommandRunner.Run(checkout.Path, env, TimeSpan.FromSeconds(60), "bash", "-c", $"PATH='{Path.Combine(fakes.Path, "bin")}':$PATH exec python3 '{Autograder}'");
    }
}
