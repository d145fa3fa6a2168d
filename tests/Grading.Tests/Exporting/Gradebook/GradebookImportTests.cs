using Grading.Core.Bulk;
using Grading.Core.Exporting.Gradebook;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting.Gradebook;

/// <summary>
/// Our moodle.csv and canvas.csv run through re-implementations of Moodle's and Canvas's matching rules
/// (<see cref="MoodleCsvImport"/>, <see cref="CanvasGradebookImport"/>), for a class read with a roster that lacks one
/// graded student (mallory) and gives one student (carol) no email: Moodle imports everyone it knows and the
/// unmatched are in moodle-unmatched.csv, where before one unknown line stopped Moodle's whole import.
/// </summary>
public class GradebookImportTests
{
    private const string Roster =
        "id,name,github,section,canvas_id,login,email\n" +
        "s100,Alice A,alice-gh,A,501,alice,alice@uni.example\n" +
        "s200,\"Bob, B\",,A,502,bob,bob@uni.example\n" +
        "s300,Carol C,,B,503,carol,\n" +
        "s400,Dave D,,B,504,dave,dave@uni.example\n";

    private static readonly MoodleUser[] MoodleSite =
    [
        new(1, "s100", "alice", "alice@uni.example"), new(2, "s200", "bob", "bob@uni.example"),
        new(3, "s300", "carol", "carol@uni.example"), new(4, "s400", "dave", "dave@uni.example"),
    ];

    private static readonly CanvasStudent[] CanvasCourse =
        [new(501, "Alice A", "s100", "alice"), new(502, "Bob, B", "s200", "bob"), new(503, "Carol C", "s300", "carol"), new(504, "Dave D", "s400", "dave")];

    private TempFolder _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = new TempFolder("gradebook-import-");

    [TearDown]
    public void Clean() => _folder.Dispose();

    /// <summary>Folders named as a Classroom download, a roster id and a name would be, plus mallory, on no roster; dave hands nothing in.</summary>
    private ClassGradebook Class(bool withRoster)
    {
        string classFolder = Path.Combine(_folder.Path, "class");
        foreach (string name in new[] { "ps1-alice-gh", "s200", "Carol C", "mallory" }) Directory.CreateDirectory(Path.Combine(classFolder, name));
        var roster = withRoster ? Core.Bulk.Roster.Read(_folder.Write("roster.csv", Roster)) : Core.Bulk.Roster.Empty;
        var discovered = SubmissionDiscovery.Discover(classFolder, roster, Path.Combine(_folder.Path, "work"));
        double score = 60;
        var entries = discovered.Submissions.Select(s => s.Source is null
            ? new GradebookEntry(s.Student, StudentStatus.Missing, null, null, s.Note, null)
            : new GradebookEntry(s.Student, StudentStatus.Graded, Result(score += 10), null, s.Note, null)).ToList();
        return new ClassGradebook("ps1-autograd", "PS1 Part 3", 100, entries);
    }

    private static GradingResult Result(double score) => SampleResults.Result([SampleResults.Section("1.1", score, 100, SectionStatus.Partial)]);

    private string Write(ClassGradebook gradebook, GradebookSettings settings, string fileName)
    {
        var exporter = GradebookExporters.Create(settings).Single(e => e.FileName == fileName);
        using var text = new StringWriter();
        exporter.Export(gradebook, text);
        return _folder.Write(Path.Combine("out", fileName), text.ToString());
    }

    [TestCase(MoodleIdentifier.IdNumber, "ID number")]
    [TestCase(MoodleIdentifier.Username, "Username")]
    public void Moodle_RosterLacksAGradedStudent_MoodleCsvImportsEveryoneElseAndTheUnmatchedAreApart(MoodleIdentifier identifier, string header)
    {
        var gradebook = Class(withRoster: true);
        var settings = new GradebookSettings { MoodleIdentifier = identifier };
        string moodle = Write(gradebook, settings, "moodle.csv");

        var (grades, error) = new MoodleCsvImport(MoodleSite, identifier).Import(moodle);

        Assert.That(error, Is.Null);
        Assert.That(File.ReadLines(moodle).First(), Is.EqualTo($"{header},Grade,Feedback"));
        Assert.That(grades.Keys, Is.EquivalentTo(new[] { 1, 2, 3 }), "alice, bob and carol; dave handed nothing in");
        Assert.That(grades[1], Is.EqualTo(("80", "80/100 points.")));
        string[] unmatched = File.ReadAllLines(Write(gradebook, settings, MoodleUnmatchedExporter.Name));
        Assert.That(unmatched, Is.EqualTo(new[]
        {
            $"Student,Name,{header},Grade,Feedback,Why not in moodle.csv",
            $"mallory,,{(identifier == MoodleIdentifier.IdNumber ? "mallory" : "")},70,70/100 points.,not on the roster: the folder 'mallory' matched no one",
        }));
    }

    [Test]
    public void Moodle_UnmatchedLineWrittenToMoodleCsv_StopsTheWholeImport()
    {
        var gradebook = Class(withRoster: true);
        string moodle = Write(gradebook, new GradebookSettings(), "moodle.csv");
        // What moodle.csv held before: every handed-in student, mallory among them.
        File.AppendAllText(moodle, "mallory,80,80/100 points.\r\n");

        var (grades, error) = new MoodleCsvImport(MoodleSite, MoodleIdentifier.IdNumber).Import(moodle);

        Assert.That(error, Is.EqualTo("usermappingerror: IdNumber 'mallory'"));
        Assert.That(grades, Is.Empty, "one unknown identifier and nobody's grade goes in");
    }

    [Test]
    public void Moodle_EmailIdentifierAndARosterStudentWithoutOne_KeepsThemOutSoNoGradeLandsOnTheLineAbove()
    {
        var gradebook = Class(withRoster: true);
        var settings = new GradebookSettings { MoodleIdentifier = MoodleIdentifier.Email };
        string moodle = Write(gradebook, settings, "moodle.csv");

        var (grades, error) = new MoodleCsvImport(MoodleSite, MoodleIdentifier.Email).Import(moodle);

        Assert.That(error, Is.Null);
        Assert.That(grades.Keys, Is.EquivalentTo(new[] { 1, 2 }));
        var unmatched = File.ReadAllLines(Write(gradebook, settings, MoodleUnmatchedExporter.Name)).Skip(1).ToList();
        Assert.That(unmatched.Select(l => l.Split(',')[0]), Is.EqualTo(new[] { "mallory", "s300" }));
        Assert.That(unmatched[1], Does.EndWith(",the roster gives no email"));

        // Written with its blank email, carol's line would have given her grade to bob, the line above.
        string blank = _folder.Write("blank.csv", File.ReadAllText(moodle) + ",75,carol's\r\n");
        var (overwritten, _) = new MoodleCsvImport(MoodleSite, MoodleIdentifier.Email).Import(blank);
        Assert.That(overwritten[2].Grade, Is.EqualTo("75"));
    }

    [Test]
    public void Canvas_WithRoster_MatchesEveryRosterStudentByCanvasIdAndLeavesOnlyTheUnknownOneUnmatched()
    {
        var gradebook = Class(withRoster: true);
        var rows = new CanvasGradebookImport(CanvasCourse).Import(Write(gradebook, new GradebookSettings(), "canvas.csv"));

        Assert.That(rows.Where(r => r.Student is not null).Select(r => (r.Student!.Id, r.Grade)),
            Is.EqualTo(new[] { (501, "80"), (502, "90"), (503, "100"), (504, "") }), "dave handed nothing in: an empty cell keeps Canvas's grade");
        Assert.That(rows.Where(r => r.Student is null).Select(r => r.Name), Is.EqualTo(new[] { "mallory" }));
        var warnings = GradebookWarnings.For(gradebook, new GradebookSettings());
        Assert.That(warnings, Has.Some.StartWith("Canvas: 1 student not on the roster is in canvas.csv").And.Contains("'mallory'"));
        Assert.That(warnings, Has.Some.StartWith("Moodle: 1 student left out of moodle.csv and written to moodle-unmatched.csv"));
        Assert.That(warnings, Has.None.Contains("without a roster"));
    }

    [Test]
    public void Canvas_WithoutRoster_OnlyFoldersNamedAsCanvasKnowsTheStudentMatchAndTheWarningsSaySo()
    {
        var gradebook = Class(withRoster: false);
        var rows = new CanvasGradebookImport(CanvasCourse).Import(Write(gradebook, new GradebookSettings(), "canvas.csv"));

        // Only a folder that happens to be named as Canvas knows the student is matched: "s200" by SIS User ID,
        // "Carol C" by name (Canvas's last resort); a Classroom folder name never is.
        Assert.That(rows.Where(r => r.Student is null).Select(r => r.Name), Is.EqualTo(new[] { "mallory", "ps1-alice-gh" }));
        Assert.That(rows.Where(r => r.Student is not null).Select(r => r.Student!.Id), Is.EqualTo(new[] { 503, 502 }));
        var warnings = GradebookWarnings.For(gradebook, new GradebookSettings());
        Assert.That(warnings, Has.Some.StartWith("Canvas: canvas.csv was written without a roster: 4 rows have no Canvas ID"));
        Assert.That(warnings, Has.Some.StartWith("Moodle: no roster, so moodle.csv's 4 identifiers are folder names that nobody checked"));
    }
}
