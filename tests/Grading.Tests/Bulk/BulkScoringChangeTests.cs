using Grading.Core.Bulk;
using Grading.Tests.Cli;
using Grading.Tests.Support;

namespace Grading.Tests.Bulk;

/// <summary>
/// <c>bulk</c> again after a change to the assignment: points or tolerances alone rescore every student
/// from the saved raw outputs (no code runs: the section times stay those of the first run), after a
/// <c>rescore</c> nothing is left to do, and a change to what runs (a time limit) grades again.
/// </summary>
public class BulkScoringChangeTests
{
    private const string SectionPoints = "    title: Calculating the weights analytically\n    points: 15\n";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);
    private TempFolder _work = null!;
    private AssignmentCopy _assignment = null!;
    private string _class = null!;
    private string _output = null!;

    [SetUp]
    public void MakeClass()
    {
        _work = new TempFolder("bulk-scoring-");
        _assignment = AssignmentCopy.Of("ps1-autograd", Path.Combine(_work.Path, "assignments"));
        _class = Path.Combine(_work.Path, "class");
        string alice = Path.Combine(_class, "alice");
        Directory.CreateDirectory(alice);
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs")) File.Copy(file, Path.Combine(alice, Path.GetFileName(file)));
        _output = Path.Combine(_work.Path, "out");
    }

    [TearDown]
    public void Clean() => _work.Dispose();

    private GraderProcess.Outcome Grader(params string[] args)
    {
        var outcome = GraderProcess.Run(_work.Path, Limit, [.. args, "--assignments-dir", _assignment.Root]);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Stderr);
        return outcome;
    }

    private GraderProcess.Outcome Bulk() => Grader("bulk", _class, "--out", _output, "--jobs", "1");

    private IReadOnlyList<double> SectionTimes() => new BulkLayout(_output).ReadResult("alice").Sections.Select(s => s.DurationMs).ToList();

    // 1.1 worth one point less: its weights check 9 instead of 10.
    private void LowerPoints(int from)
    {
        _assignment.Edit(SectionPoints.Replace("15", $"{from + 5}"), SectionPoints.Replace("15", $"{from + 4}"));
        _assignment.Edit($"{{ kind: weights, points: {from}, tolerance: 0.0006 }}", $"{{ kind: weights, points: {from - 1}, tolerance: 0.0006 }}");
    }

    [Test]
    public void Bulk_AfterAPointsChange_RescoresFromSavedOutputsWithoutRunningCode()
    {
        Assert.That(Bulk().Stdout, Does.Contain("alice: 85/100 ("));
        var firstTimes = SectionTimes();

        LowerPoints(10);
        var again = Bulk();
        Assert.That(again.Stdout, Does.Contain("alice: 84/99 (rescored from its saved outputs, no code run)").And.Contain("1 rescored"));
        Assert.That(SectionTimes(), Is.EqualTo(firstTimes), "the sections did not run again");
        Assert.That(File.ReadAllLines(Path.Combine(_output, "canvas.csv"))[1], Does.EndWith(",99"));

        Assert.That(Bulk().Stdout, Does.Contain("alice: 84/99 (unchanged, kept)"));
    }

    [Test]
    public void Bulk_AfterRescoreOfAPointsChange_HasNothingLeftToDo()
    {
        Bulk();
        LowerPoints(10);
        Assert.That(Grader("rescore", _output).Stdout, Does.Contain("1 result changed"));
        Assert.That(Bulk().Stdout, Does.Contain("alice: 84/99 (unchanged, kept)"));
    }

    [Test]
    public void Bulk_AfterATimeLimitChange_GradesAgain()
    {
        Bulk();
        _assignment.Edit("    time_limit_s: 30\n", "    time_limit_s: 31\n");
        var again = Bulk();
        Assert.That(again.Stdout, Does.Match(@"alice: 85/100 \(\d+\.\d s\)").And.Contain("1 graded, 0 unchanged"));
    }
}
