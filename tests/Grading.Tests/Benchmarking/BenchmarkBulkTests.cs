using System.Text.Json;
using Grading.Tests.Cli;
using Grading.Tests.Support;

namespace Grading.Tests.Benchmarking;

/// <summary>
/// <c>grader benchmark-bulk</c> run tiny (3 submissions, jobs 1 and 2): the report's shape and the
/// consistency of its figures with the times and results it measured, never the speed itself.
/// </summary>
public class BenchmarkBulkTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);
    private static string Fixtures => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "ps1-autograd");
    private TempFolder _work = null!;
    private GraderProcess.Outcome _outcome = null!;
    private JsonElement _figures;

    [OneTimeSetUp]
    public void RunTheBenchmarkOnce()
    {
        _work = new TempFolder("bulk-bench-");
        string json = Path.Combine(_work.Path, "figures.json");
        _outcome = GraderProcess.Run(_work.Path, Limit, "benchmark-bulk", "--count", "3", "--jobs", "1,2", "--output", json,
            "--reference", Ps1Grading.Reference, "--fixtures", Fixtures, "--work", Path.Combine(_work.Path, "bench"));
        Assert.That(_outcome.ExitCode, Is.EqualTo(0), _outcome.Stderr + _outcome.Stdout);
        _figures = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
    }

    [OneTimeTearDown]
    public void Clean() => _work?.Dispose();

    private JsonElement Run(int jobs) => _figures.GetProperty("runs").EnumerateArray().Single(r => r.GetProperty("jobs").GetInt32() == jobs);

    [Test]
    public void BenchmarkBulk_TinyClass_GeneratesCorrectAndBuggyStudentsAndGradesEveryOneAtEachJobsCount()
    {
        var students = _figures.GetProperty("students").EnumerateArray().ToList();
        Assert.That(students.Select(s => s.GetProperty("id").GetString()), Is.EqualTo(new[] { "s001-correct", "s002-array-gd-branch-on-epochs", "s003-correct" }));
        Assert.That(_figures.GetProperty("submissions").GetInt32(), Is.EqualTo(3));
        Assert.That(_figures.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("jobs").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
        // Each a distinct submission: the same fixture twice would still differ by its student line.
        var firstFiles = Directory.GetDirectories(Path.Combine(_work.Path, "bench", "class")).Order()
            .Select(d => File.ReadAllText(Directory.GetFiles(d, "*.cs").Order(StringComparer.Ordinal).First())).ToList();
        Assert.That(firstFiles, Is.Unique);
        foreach (int jobs in new[] { 1, 2 })
        {
            var run = Run(jobs);
            Assert.That(run.GetProperty("graded").GetInt32(), Is.EqualTo(3), $"jobs {jobs}");
            Assert.That(run.GetProperty("errors").GetInt32(), Is.EqualTo(0), $"jobs {jobs}");
            var scores = run.GetProperty("scores");
            double Score(string id) => scores.GetProperty(id).GetProperty("score").GetDouble();
            Assert.That(Score("s002-array-gd-branch-on-epochs"), Is.LessThan(Score("s001-correct")).And.LessThan(Score("s003-correct")), $"jobs {jobs}");
            Assert.That(run.GetProperty("bugs_below_correct").GetBoolean(), Is.True, $"jobs {jobs}");
        }
        Assert.That(_outcome.Stdout, Does.Contain("jobs  wall (s)  subs/min  efficiency"));
    }

    [Test]
    public void BenchmarkBulk_TinyClass_FiguresFollowFromTheMeasuredTimesAndTheResults()
    {
        double t1 = Run(1).GetProperty("wall_s").GetDouble(), t2 = Run(2).GetProperty("wall_s").GetDouble();
        Assert.That(Run(2).GetProperty("parallel_efficiency").GetDouble(), Is.EqualTo(t1 / t2 / 2).Within(1e-9));
        Assert.That(Run(1).GetProperty("parallel_efficiency").GetDouble(), Is.EqualTo(1).Within(1e-9));
        foreach (int jobs in new[] { 1, 2 })
        {
            var run = Run(jobs);
            double wall = run.GetProperty("wall_s").GetDouble();
            // Section time as the saved results record it, read here independently of the benchmark.
            double sections = Directory.GetFiles(Path.Combine(_work.Path, "bench", $"out-jobs{jobs}", "students"), "result.json", SearchOption.AllDirectories)
                .Sum(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("sections").EnumerateArray().Sum(s => s.GetProperty("duration_ms").GetDouble())) / 1000;
            Assert.That(sections, Is.GreaterThan(0));
            Assert.That(run.GetProperty("section_s").GetDouble(), Is.EqualTo(sections).Within(1e-6), $"jobs {jobs}");
            Assert.That(run.GetProperty("submissions_per_minute").GetDouble(), Is.EqualTo(3 * 60 / wall).Within(1e-9), $"jobs {jobs}");
            // The calls on hidden data variants, which the sections' durations leave out, as the results record them too.
            double variants = Directory.GetFiles(Path.Combine(_work.Path, "bench", $"out-jobs{jobs}", "students"), "result.json", SearchOption.AllDirectories)
                .Sum(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("sections").EnumerateArray()
                    .Sum(s => s.GetProperty("raw").GetProperty("values") is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("variant.duration_ms", out var ms)
                        ? ms[0].GetDouble() : 0)) / 1000;
            Assert.That(variants, Is.GreaterThan(0), $"jobs {jobs}: PS1's sections ran on the hidden variant");
            Assert.That(run.GetProperty("variant_s").GetDouble(), Is.EqualTo(variants).Within(1e-6), $"jobs {jobs}");
            Assert.That(run.GetProperty("overhead_per_submission_s").GetDouble(), Is.EqualTo((jobs * wall - sections - variants) / 3).Within(1e-6), $"jobs {jobs}");
            Assert.That(run.GetProperty("cpu_s").GetDouble(), Is.GreaterThan(0), $"jobs {jobs}: the bulk process's and its workers' CPU time");
            // The grader and at least one worker were seen, and the summed PSS never exceeds the summed RSS.
            Assert.That(run.GetProperty("peak_processes").GetInt32(), Is.GreaterThanOrEqualTo(2), $"jobs {jobs}");
            Assert.That(run.GetProperty("peak_pss_mb").GetDouble(), Is.GreaterThan(0).And.LessThanOrEqualTo(run.GetProperty("peak_rss_mb").GetDouble()), $"jobs {jobs}");
        }
    }

    [Test]
    public void BenchmarkBulk_WithoutWork_LeavesNoGeneratedClassBehind()
    {
        var before = Directory.GetDirectories(Path.GetTempPath(), "grader-bulk-bench-*");
        var outcome = GraderProcess.Run(_work.Path, Limit, "benchmark-bulk", "--count", "1", "--jobs", "1", "--reference", Ps1Grading.Reference, "--fixtures", Fixtures);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Stderr);
        Assert.That(outcome.Stdout, Does.Contain("1 submissions of ps1-autograd (1 correct, 0 with a typical bug)"));
        Assert.That(Directory.GetDirectories(Path.GetTempPath(), "grader-bulk-bench-*"), Is.EquivalentTo(before));
    }

    [TestCase("--jobs", "0,2", "--jobs 0,2: expected whole numbers of at least 1")]
    [TestCase("--jobs", "1,two", "--jobs 1,two: expected whole numbers")]
    [TestCase("--count", "0", "--count 0: at least 1 submission")]
    public void BenchmarkBulk_BadNumbers_ExitTwoWithTheReason(string option, string value, string message)
    {
        var outcome = GraderProcess.Run(_work.Path, Limit, "benchmark-bulk", option, value, "--reference", Ps1Grading.Reference, "--fixtures", Fixtures);
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Stderr, Does.Contain(message));
    }

    [Test]
    public void BenchmarkBulk_WorkFolderWithOtherFiles_IsRefusedUntouched()
    {
        string notes = _work.Write("mine/notes.txt", "keep me");
        var outcome = GraderProcess.Run(_work.Path, Limit, "benchmark-bulk", "--count", "1", "--work", Path.GetDirectoryName(notes)!,
            "--reference", Ps1Grading.Reference, "--fixtures", Fixtures);
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Stderr, Does.Contain("the folder has other files"));
        Assert.That(Directory.GetFileSystemEntries(Path.GetDirectoryName(notes)!), Is.EqualTo(new[] { notes }));
    }

    [Test]
    public void BenchmarkBulk_OutsideTheRepository_ExitsTwoSayingItNeedsTheReference()
    {
        // The test's temporary folder has no reference/ above it: a student's machine looks like this.
        var outcome = GraderProcess.Run(_work.Path, Limit, "benchmark-bulk", "--count", "2");
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Stderr, Does.Contain("no reference/ps1-autograd in").And.Contain("run it from the repository"));
        Assert.That(outcome.Stderr, Does.Not.Contain("   at "));
    }

    [Test]
    public void BenchmarkBulk_NoFixtures_ExitsTwoBeforeGrading()
    {
        var outcome = GraderProcess.Run(_work.Path, Limit, "benchmark-bulk", "--count", "2", "--reference", Ps1Grading.Reference, "--fixtures", Path.Combine(_work.Path, "none"));
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Stderr, Does.Contain("No wrong-submission fixtures"));
        Assert.That(outcome.Stdout, Does.Not.Contain("Grading 2 submissions"));
    }
}
