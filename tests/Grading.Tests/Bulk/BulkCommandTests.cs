using System.Diagnostics;
using Grading.Tests.Cli;
using Grading.Tests.Support;

namespace Grading.Tests.Bulk;

/// <summary>
/// <c>grader bulk</c> end to end, in its own processes: one uninterrupted run of a small class is the
/// baseline that a killed-and-resumed run and three merged shards must reproduce.
/// </summary>
public class BulkCommandTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);
    private TempFolder _work = null!;
    private string _class = null!;
    private string _roster = null!;
    private string _baseline = null!;
    private GraderProcess.Outcome _first = null!;

    private string? _secretBefore;

    [OneTimeSetUp]
    public void GradeTheClassOnce()
    {
        // Official bulk grading sets the course secret, so that the same code gets the same hidden variant in every run
        // (docs/threat-model.md): the grades and messages of a rerun, a resumed run or shards can then be compared exactly.
        _secretBefore = Environment.GetEnvironmentVariable(Core.Grading.VariantSeed.SecretVariable);
        Environment.SetEnvironmentVariable(Core.Grading.VariantSeed.SecretVariable, "bulk-command-tests");
        _work = new TempFolder("bulk-cli-");
        _class = Path.Combine(_work.Path, "class");
        BulkClass.Write(_class);
        _roster = _work.Write("roster.csv", BulkClass.Roster);
        _baseline = Path.Combine(_work.Path, "baseline");
        _first = Bulk(_baseline, "--jobs", "2");
    }

    [OneTimeTearDown]
    public void Clean()
    {
        Environment.SetEnvironmentVariable(Core.Grading.VariantSeed.SecretVariable, _secretBefore);
        _work?.Dispose();
    }

    private GraderProcess.Outcome Bulk(string output, params string[] more) =>
        GraderProcess.Run(_work.Path, Limit, ["bulk", _class, "--roster", _roster, "--out", output, .. more]);

    [Test]
    public void Bulk_SmallClass_GradesEachStudentAndRecordsBrokenSubmissions()
    {
        Assert.That(_first.ExitCode, Is.EqualTo(0), _first.Stderr);
        Assert.That(_first.Stdout, Does.Contain("6 students").And.Contain("3 graded, 0 unchanged, 2 could not be graded, 1 handed nothing in"));
        Assert.That(File.ReadAllLines(Path.Combine(_baseline, "canvas.csv")), Is.EqualTo(new[]
        {
            "Student,ID,SIS User ID,SIS Login ID,Section,PS1 Part 3: Autograd — linear regression four ways",
            "Points Possible,,,,,100",
            "Alice A,,alice,,A,85",
            "\"Bob, B\",,bob,,A,0",
            "Carol C,,carol,,B,0",
            "Dave D,,dave,,B,0",
            "Erin E,,erin,,B,65",
            "Zed Z,,zed,,A,",
        }));
        string moodle = File.ReadAllText(Path.Combine(_baseline, "moodle.csv"));
        Assert.That(moodle, Does.Contain("carol,0,Could not be graded: The submission folder").And.Contain("dave,0,Could not be graded: 'dave.zip' is not a readable zip archive"));
        foreach (string student in new[] { "alice", "bob", "erin" })
            Assert.That(File.Exists(Path.Combine(_baseline, "students", student, "result.html")), student);
        Assert.That(File.Exists(Path.Combine(_baseline, "summary.html")));
    }

    [Test]
    public void Bulk_KilledPartWayThenRunAgain_EndsWithTheSameGradesAsAnUninterruptedRun()
    {
        string output = Path.Combine(_work.Path, "killed");
        string aliceRecord = Path.Combine(output, "students", "alice", "record.json");
        using (var run = BulkProcess.Start(_work.Path, "bulk", _class, "--roster", _roster, "--out", output, "--jobs", "1"))
        {
            var clock = Stopwatch.StartNew();
            while (!File.Exists(aliceRecord) && !run.HasExited && clock.Elapsed < Limit) Thread.Sleep(50);
            Assert.That(run.HasExited, Is.False, "the run ended before it could be killed");
            run.KillTree(); // alice (first in id order) is done; erin, graded last, is not
        }
        Assert.That(File.Exists(Path.Combine(output, "students", "erin", "record.json")), Is.False);
        Assert.That(File.Exists(Path.Combine(output, "canvas.csv")), Is.False);

        var rerun = Bulk(output, "--jobs", "2");
        Assert.That(rerun.ExitCode, Is.EqualTo(0), rerun.Stderr);
        Assert.That(rerun.Stdout, Does.Contain("alice: 85/100 (unchanged, kept)"));
        Assert.That(rerun.Stdout, Does.Match(@"erin: 65/100 \(\d"));
        BulkOutputs.AssertSameGrades(_baseline, output);
    }

    [Test]
    public void Bulk_ThreeShardsMerged_GiveTheSameGradebookAsOneRun()
    {
        var shards = Enumerable.Range(1, 3).Select(k => Path.Combine(_work.Path, $"shard-{k}")).ToList();
        for (int k = 1; k <= 3; k++)
        {
            var shard = Bulk(shards[k - 1], "--shard", $"{k}/3", "--jobs", "1");
            Assert.That(shard.ExitCode, Is.EqualTo(0), shard.Stderr);
            Assert.That(shard.Stdout, Does.Contain("2 students"));
        }
        string merged = Path.Combine(_work.Path, "merged");
        var merge = GraderProcess.Run(_work.Path, Limit, ["merge", .. shards, "--out", merged]);
        Assert.That(merge.ExitCode, Is.EqualTo(0), merge.Stderr);
        Assert.That(merge.Stdout, Does.Contain("Merged 6 students from 3 shards"));
        BulkOutputs.AssertSameGrades(_baseline, merged);
    }

    [Test]
    public void Merge_SameShardTwice_IsRefused()
    {
        string shard = Path.Combine(_work.Path, "baseline");
        var merge = GraderProcess.Run(_work.Path, Limit, ["merge", shard, shard, "--out", Path.Combine(_work.Path, "twice")]);
        Assert.That(merge.ExitCode, Is.EqualTo(2));
        Assert.That(merge.Stderr, Does.Contain("alice is in both"));
    }

    [Test]
    public void Merge_AssignmentWithItsOwnCheckKinds_LoadsItThroughItsHarness()
    {
        // autodiff-warmup's checks (gradient, descent, …) come from its harness, not the engine.
        string shard = Path.Combine(_work.Path, "autodiff-shard");
        Directory.CreateDirectory(Path.Combine(shard, "students"));
        var merge = GraderProcess.Run(_work.Path, Limit, ["merge", shard, "--out", Path.Combine(_work.Path, "autodiff-merged"), "--assignment", "autodiff-warmup"]);
        Assert.That(merge.ExitCode, Is.EqualTo(0), merge.Stderr);
        Assert.That(merge.Stdout, Does.Contain("Merged 0 students from 1 shard into"));
    }

    [Test]
    public void Rescore_TaScores_AreMergedIntoResultsAndGradebookWithoutTheSubmissions()
    {
        string output = Path.Combine(_work.Path, "rescored");
        CopyFolder(_baseline, output);
        string scores = _work.Write("scores.csv", "student,question,points,comment\nalice,1.5.1,2.5,Clear\nalice,1.5.2,1,Too short\nerin,1.5.6,0,\n");
        var rescore = GraderProcess.Run(_work.Path, Limit, "rescore", output, "--scores", scores);
        Assert.That(rescore.ExitCode, Is.EqualTo(0), rescore.Stderr);
        Assert.That(rescore.Stdout, Does.Contain("Rescored 6 students: 2 results changed."));
        var alice = new Core.Bulk.BulkLayout(output).ReadResult("alice");
        Assert.That((alice.Score, alice.PendingPoints), Is.EqualTo((88.5, 10.0)));
        Assert.That(File.ReadAllLines(Path.Combine(output, "canvas.csv")), Does.Contain("Alice A,,alice,,A,88.5").And.Contain("Erin E,,erin,,B,65"));
        Assert.That(File.ReadAllText(Path.Combine(output, "students", "alice", "result.html")), Does.Contain("graded by a TA: Too short"));
    }

    [TestCase("student,question,points\nalice,1.5.1,3\n", "scores.csv:2: 3 points for 1.5.1, which is worth 2.5")]
    [TestCase("student,question,points\nmallory,1.5.1,1\n", "scores.csv:2: unknown student 'mallory'")]
    public void Rescore_BrokenScores_ExitsTwoNamingTheLine(string text, string message)
    {
        var rescore = GraderProcess.Run(_work.Path, Limit, "rescore", _baseline, "--scores", _work.Write("scores.csv", text));
        Assert.That(rescore.ExitCode, Is.EqualTo(2));
        Assert.That(rescore.Stderr, Does.StartWith($"grader: {message}"));
    }

    [Test]
    public void Bulk_BrokenRoster_ExitsTwoNamingTheLineBeforeGrading()
    {
        string roster = _work.Write("bad-roster.csv", "id,name\nalice,A\nalice,Again\n");
        var run = GraderProcess.Run(_work.Path, Limit, "bulk", _class, "--roster", roster, "--out", Path.Combine(_work.Path, "never"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.StartWith("grader: bad-roster.csv:3: the id 'alice' appears twice."));
        Assert.That(Directory.Exists(Path.Combine(_work.Path, "never", "students")), Is.False);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(dir.Replace(from, to));
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, file.Replace(from, to));
    }
}
