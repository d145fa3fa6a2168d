using System.Text.Json;
using Grading.Tests.Cli;
using Grading.Tests.Support;

namespace Grading.Tests.Calibration;

/// <summary><c>grader calibrate</c> on a tiny catalog: two fixtures over a reference without its two tensor sections
/// (their files take most of a grade's time), one that matches its README and one whose README claims too much.</summary>
public class CliCalibrateTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private const string WrongShape = """
        ---
        kind: mistake
        expect:
          "1.1": {0}
          "1.3": 0   # the tiny reference has no 1.3 or 1.4
          "1.4": 0
        failed_checks:
          "1.1": [weights]
        message: ["returned 6 weights, expected 7"]
        ---
        # {1}
        """;

    private static TempFolder Catalog(params (string Name, double Points)[] fixtures)
    {
        var work = new TempFolder("grader-calibrate-");
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs").Where(f => !Path.GetFileName(f).StartsWith("Section13") && !Path.GetFileName(f).StartsWith("Section14")))
            work.Write($"reference/{Path.GetFileName(file)}", File.ReadAllText(file));
        foreach (var (name, points) in fixtures)
        {
            work.Write($"fixtures/{name}/Section11ClosedForm.cs", File.ReadAllText(Path.Combine(Ps1Grading.Fixture("wrong-shape"), "Section11ClosedForm.cs")));
            work.Write($"fixtures/{name}/README.md", WrongShape.Replace("{0}", points.ToString(System.Globalization.CultureInfo.InvariantCulture)).Replace("{1}", name));
        }
        return work;
    }

    private static GraderProcess.Outcome Calibrate(TempFolder work, params string[] more) =>
        GraderProcess.Run(work.Path, Timeout, ["calibrate", "ps1-autograd", "--fixtures", Path.Combine(work.Path, "fixtures"),
            "--reference", Path.Combine(work.Path, "reference"), "--isolation", "none", .. more]);

    [Test]
    public void Calibrate_OneFixtureClaimsTooMuch_PrintsBothRowsTheFiguresAndExitsOne()
    {
        using var work = Catalog(("wrong-shape", 5), ("claims-full-marks", 15));
        var run = Calibrate(work);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stdout + run.Stderr);
        Assert.That(run.Stdout, Does.Match(@"(?m)^Fixture\s+Kind\s+Expected\s+Actual\s+Match\s+Message words$"));
        Assert.That(run.Stdout, Does.Match(@"(?m)^wrong-shape\s+mistake\s+1\.1:5 1\.3:0 1\.4:0\s+1\.1:5 1\.3:0 1\.4:0\s+yes\s+1/1$"));
        Assert.That(run.Stdout, Does.Match(@"(?m)^claims-full-marks\s+mistake\s+1\.1:15 1\.3:0 1\.4:0\s+1\.1:5 1\.3:0 1\.4:0\s+NO: points in 1\.1\s+1/1$"));
        Assert.That(run.Stdout, Does.Contain("Correct fixtures at full marks:               0/0 (100 %)"));
        Assert.That(run.Stdout, Does.Contain("Mistake fixtures losing exactly their points: 1/2 (50 %)"));
        Assert.That(run.Stdout, Does.Contain("Messages naming the mistake:                  2/2 (100 %)"));
    }

    [Test]
    public void Calibrate_FormatJson_WritesEveryFixtureAndTheFiguresAndExitsZeroWhenAllMatch()
    {
        using var work = Catalog(("wrong-shape", 5));
        var run = Calibrate(work, "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stdout + run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var fixture = json.RootElement.GetProperty("fixtures").EnumerateArray().Single();
        Assert.That(fixture.GetProperty("name").GetString(), Is.EqualTo("wrong-shape"));
        Assert.That(fixture.GetProperty("match").GetBoolean(), Is.True);
        var section = fixture.GetProperty("sections").EnumerateArray().First();
        Assert.That((section.GetProperty("id").GetString(), section.GetProperty("actual").GetDouble()), Is.EqualTo(("1.1", 5.0)));
        Assert.That(json.RootElement.GetProperty("summary").GetProperty("mistakes_exact").GetProperty("percent").GetDouble(), Is.EqualTo(100));
    }

    [Test]
    public void Calibrate_BadFrontMatter_ExitsTwoNamingTheFileAndLine()
    {
        using var work = new TempFolder("grader-calibrate-");
        string readme = work.Write("fixtures/typo/README.md", "---\nkind: mistake\nexpcet:\n  \"1.2\": 22\n---\n");
        var run = Calibrate(work);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stdout + run.Stderr);
        Assert.That(run.Stderr, Does.Contain($"{readme}:3: unknown field 'expcet'"));
    }
}
