using Grading.Tests.Cli;
using Grading.Tests.Support;

namespace Grading.Tests.Bulk;

/// <summary>
/// <c>--canvas-assignment-id</c> on bulk, rescore and merge: canvas.csv's grade column carries Canvas's
/// number, the output folder remembers it, and a bad number stops before anything is written.
/// A class of one empty folder keeps it cheap: nothing compiles or runs.
/// </summary>
public class CanvasAssignmentIdTests
{
    private const string Title = "PS1 Part 3: Autograd — linear regression four ways";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private TempFolder _work = null!;
    private string _class = null!;

    [SetUp]
    public void MakeClass()
    {
        _work = new TempFolder("canvas-id-");
        _class = Path.Combine(_work.Path, "class");
        Directory.CreateDirectory(Path.Combine(_class, "carol"));
    }

    [TearDown]
    public void Clean() => _work.Dispose();

    private GraderProcess.Outcome Grader(params string[] args) => GraderProcess.Run(_work.Path, Limit, args);

    private static string GradeColumn(string output) => File.ReadLines(Path.Combine(output, "canvas.csv")).First().Split(',')[^1];

    [Test]
    public void CanvasAssignmentId_GivenToBulk_IsInTheGradeColumnAndKeptByRescoreAndMerge()
    {
        string output = Path.Combine(_work.Path, "out");
        var bulk = Grader("bulk", _class, "--out", output, "--jobs", "1", "--canvas-assignment-id", "12345");
        Assert.That(bulk.ExitCode, Is.EqualTo(0), bulk.Stderr);
        Assert.That(GradeColumn(output), Is.EqualTo($"{Title} (12345)"));

        var rescore = Grader("rescore", output);
        Assert.That(rescore.ExitCode, Is.EqualTo(0), rescore.Stderr);
        Assert.That(GradeColumn(output), Is.EqualTo($"{Title} (12345)"), "rescore without the option keeps the folder's number");

        var changed = Grader("rescore", output, "--canvas-assignment-id", "777");
        Assert.That(changed.ExitCode, Is.EqualTo(0), changed.Stderr);
        Assert.That(GradeColumn(output), Is.EqualTo($"{Title} (777)"));

        string merged = Path.Combine(_work.Path, "merged");
        var merge = Grader("merge", output, "--out", merged);
        Assert.That(merge.ExitCode, Is.EqualTo(0), merge.Stderr);
        Assert.That(GradeColumn(merged), Is.EqualTo($"{Title} (777)"), "merge takes the shards' number");
    }

    [Test]
    public void CanvasAssignmentId_NotGiven_GradeColumnIsTheTitleAndTheOutputSaysHowToMatch()
    {
        string output = Path.Combine(_work.Path, "out");
        var bulk = Grader("bulk", _class, "--out", output, "--jobs", "1");
        Assert.That(bulk.ExitCode, Is.EqualTo(0), bulk.Stderr);
        Assert.That(GradeColumn(output), Is.EqualTo(Title));
        Assert.That(bulk.Stdout, Does.Contain("give --canvas-assignment-id <number>"));
    }

    [TestCase("0")]
    [TestCase("-3")]
    [TestCase("ps1")]
    public void CanvasAssignmentId_NotAPositiveNumber_ExitsTwoBeforeGrading(string value)
    {
        string output = Path.Combine(_work.Path, "never");
        var bulk = Grader("bulk", _class, "--out", output, "--canvas-assignment-id", value);
        Assert.That(bulk.ExitCode, Is.EqualTo(2));
        Assert.That(bulk.Stderr + bulk.Stdout, Does.Contain("--canvas-assignment-id"));
        Assert.That(Directory.Exists(output), Is.False);
    }
}
