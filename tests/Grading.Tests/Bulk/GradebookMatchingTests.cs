using Grading.Tests.Cli;
using Grading.Tests.Support;

namespace Grading.Tests.Bulk;

/// <summary>
/// <c>grader bulk</c>'s gradebooks when the roster and the class disagree: a graded student the roster lacks is kept
/// out of moodle.csv (one unknown identifier stops Moodle's whole import) and named on stderr; without a roster the
/// terminal says that Canvas will not know the students. Empty folders keep it cheap: nothing compiles or runs.
/// </summary>
public class GradebookMatchingTests
{
    private const string Roster = "id,name,login\nalice,Alice A,aa1\nbob,Bob B,bb2\n";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private TempFolder _work = null!;
    private string _class = null!;

    [SetUp]
    public void MakeClass()
    {
        _work = new TempFolder("gradebook-matching-");
        _class = Path.Combine(_work.Path, "class");
        Directory.CreateDirectory(Path.Combine(_class, "alice"));
        Directory.CreateDirectory(Path.Combine(_class, "mallory"));
    }

    [TearDown]
    public void Clean() => _work.Dispose();

    private GraderProcess.Outcome Grader(params string[] args) => GraderProcess.Run(_work.Path, Limit, args);

    private string[] Lines(string output, string file) => File.ReadAllLines(Path.Combine(output, file));

    [Test]
    public void Bulk_GradedStudentNotOnTheRoster_IsInMoodleUnmatchedAndNamedOnStderr()
    {
        string output = Path.Combine(_work.Path, "out");
        var bulk = Grader("bulk", _class, "--out", output, "--jobs", "1", "--roster", _work.Write("roster.csv", Roster));

        Assert.That(bulk.ExitCode, Is.EqualTo(0), bulk.Stderr);
        Assert.That(Lines(output, "moodle.csv"), Has.Length.EqualTo(2));
        Assert.That(Lines(output, "moodle.csv")[1], Does.StartWith("alice,0,"));
        Assert.That(Lines(output, "moodle-unmatched.csv")[1], Does.StartWith("mallory,,mallory,0,").And.EndWith("not on the roster: the folder 'mallory' matched no one"));
        Assert.That(bulk.Stderr, Does.Contain("grader: Moodle: 1 student left out of moodle.csv and written to moodle-unmatched.csv").And.Contain("'mallory' (not on the roster"));
        Assert.That(bulk.Stderr, Does.Contain("grader: Canvas: 1 student not on the roster is in canvas.csv"));
        Assert.That(bulk.Stdout, Does.Not.Contain("left out of moodle.csv"), "warnings go to stderr, not into the listing");
        Assert.That(File.ReadAllText(Path.Combine(output, "summary.html")), Does.Contain("Moodle: 1 student left out of moodle.csv"));
    }

    [Test]
    public void Bulk_UsernameIdentifier_IsTheRostersLoginAndRescoreKeepsIt()
    {
        Directory.Delete(Path.Combine(_class, "mallory"));
        string output = Path.Combine(_work.Path, "out");
        var bulk = Grader("bulk", _class, "--out", output, "--jobs", "1", "--roster", _work.Write("roster.csv", Roster), "--moodle-identifier", "username");
        Assert.That(bulk.ExitCode, Is.EqualTo(0), bulk.Stderr);
        Assert.That(Lines(output, "moodle.csv"), Is.EqualTo(new[] { "Username,Grade,Feedback", Lines(output, "moodle.csv")[1] }));
        Assert.That(Lines(output, "moodle.csv")[1], Does.StartWith("aa1,0,"));
        Assert.That(bulk.Stdout, Does.Contain("map moodle.csv's first column to the user's username"));
        Assert.That(bulk.Stderr, Does.Not.Contain("Moodle:"));

        var rescore = Grader("rescore", output);
        Assert.That(rescore.ExitCode, Is.EqualTo(0), rescore.Stderr);
        Assert.That(Lines(output, "moodle.csv")[1], Does.StartWith("aa1,0,"), "rescore without the option keeps the folder's choice");
    }

    [Test]
    public void Bulk_EmailIdentifierWithNoEmailOnTheRoster_ExitsTwoBeforeGrading()
    {
        string output = Path.Combine(_work.Path, "never");
        var bulk = Grader("bulk", _class, "--out", output, "--roster", _work.Write("roster.csv", Roster), "--moodle-identifier", "email");
        Assert.That(bulk.ExitCode, Is.EqualTo(2));
        Assert.That(bulk.Stderr, Does.Contain("--moodle-identifier email: no one on the roster has an 'email' column filled in."));
        Assert.That(Directory.Exists(Path.Combine(output, "students")), Is.False);
    }

    [Test]
    public void Bulk_WithoutRoster_SaysCanvasWillNotKnowTheStudentsAndMoodlesIdentifiersAreUnchecked()
    {
        string output = Path.Combine(_work.Path, "out");
        var bulk = Grader("bulk", _class, "--out", output, "--jobs", "1");
        Assert.That(bulk.ExitCode, Is.EqualTo(0), bulk.Stderr);
        Assert.That(bulk.Stderr, Does.Contain("grader: Canvas: canvas.csv was written without a roster: 2 rows have no Canvas ID"));
        Assert.That(bulk.Stderr, Does.Contain("grader: Moodle: no roster, so moodle.csv's 2 identifiers are folder names that nobody checked"));
        Assert.That(Lines(output, "moodle.csv"), Has.Length.EqualTo(3));
    }
}
