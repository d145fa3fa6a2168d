using Grading.Core.Bulk;
using Grading.Core.Exporting.Gradebook;
using Grading.Tests.Archives;
using Grading.Tests.Support;

namespace Grading.Tests.Bulk;

/// <summary>
/// A class zip in which every student but one hands in something hostile or broken, each a different way: the
/// class is graded all the same, the honest student normally, and each other student gets a gradebook row of 0
/// with the reason in words. Graded in-process with the shared grader (only alice's code runs).
/// </summary>
public class ClassZipRefusalTests
{
    private TempFolder _work = null!;
    private DiscoveredClass _class = null!;
    private BulkLayout _layout = null!;
    private BulkRunSummary _summary = null!;

    private sealed class Silent : IBulkProgress
    {
        public void Started(int students) { }

        public void Finished(StudentOutcome outcome) { }
    }

    [OneTimeSetUp]
    public void GradeTheClass()
    {
        _work = new TempFolder("class-zip-");
        string zip = Path.Combine(_work.Path, "class.zip");
        using (var builder = new ClassZipBuilder(zip))
        {
            builder.Folder("class/alice/", Ps1Grading.Reference)
                .Folder("class/bob/", Ps1Grading.Reference).Symlink("class/bob/x.cs", "/etc/passwd")
                .Folder("class/carol/", Ps1Grading.Reference).File("class/carol/../../escape.cs", "class Escape {}")
                .File("/etc/cron.d/evil", "* * * * * root rm -rf /")
                .Folder("class/erin/", Ps1Grading.Reference).NotUtf8Name("class/erin/Bad@@.cs", "class Bad {}")
                .Folder("class/frank/", Ps1Grading.Reference).File("class/frank/Tab\tName.cs", "class T {}")
                .Folder("class/gina/", Ps1Grading.Reference).File("class/gina/bomb.cs", new byte[64 << 20])
                .File("class/hal.zip", "this is not a zip");
        }
        _layout = new BulkLayout(Path.Combine(_work.Path, "out"));
        _class = SubmissionDiscovery.Discover(zip, Roster.Empty, _layout.WorkFolder);
        var runner = new BulkRunner(Ps1Grading.Grader, RepositoryPaths.Ps1Spec, _layout, new BulkOptions { Jobs = 1 }, _ => "<html></html>");
        _summary = runner.Run(_class.Submissions, new Silent());
    }

    [OneTimeTearDown]
    public void Clean() => _work?.Dispose();

    private StudentRecord Record(string id) => _summary.Outcomes.Single(o => o.Record.Student.Id == id).Record;

    [Test]
    public void Bulk_ClassZipWithHostileEntries_GradesTheHonestStudentNormally()
    {
        Assert.That(_class.Submissions.Select(s => s.Student.Id), Is.EqualTo(new[] { "alice", "bob", "carol", "erin", "frank", "gina", "hal" }));
        var alice = _summary.Outcomes.Single(o => o.Record.Student.Id == "alice");
        Assert.That(alice.Record.Status, Is.EqualTo(StudentStatus.Graded));
        Assert.That(alice.Score, Is.EqualTo(85));
    }

    [TestCase("bob", "your submission contains a symbolic link `x.cs`; submit the files themselves")]
    [TestCase("carol", "your submission contains `../../escape.cs`, a name that climbs out of its folder")]
    [TestCase("erin", "your submission contains a file name that is not valid UTF-8 (`Bad\uFFFD\uFFFD.cs`)")]
    [TestCase("frank", "your submission contains a file name with control characters (`Tab\\x09Name.cs`)")]
    [TestCase("gina", "your submission has `bomb.cs`, which expands more than 200 times its compressed size (a zip bomb?)")]
    [TestCase("hal", "'hal.zip' is not a readable zip archive")]
    public void Bulk_ClassZipWithHostileEntries_RecordsEachBadStudentWithTheirReason(string id, string reason)
    {
        var record = Record(id);
        Assert.That(record.Status, Is.EqualTo(StudentStatus.Error));
        Assert.That(record.Error, Does.StartWith(reason));
        Assert.That(File.Exists(_layout.ResultPath(id)), Is.False);
    }

    [Test]
    public void Bulk_ClassZipWithHostileEntries_GradebookGivesEachBadStudentZeroAndTheReason()
    {
        var gradebook = ClassGradebook.Load(_layout, Ps1Grading.Grader.Spec);
        var canvas = new StringWriter();
        new CanvasGradebookExporter(null).Export(gradebook, canvas);
        var moodle = new StringWriter();
        new MoodleGradebookExporter().Export(gradebook, moodle);
        Assert.That(canvas.ToString(), Does.Contain(",alice,,,85").And.Contain(",bob,,,0").And.Contain(",gina,,,0"));
        Assert.That(moodle.ToString(), Does.Contain("bob,0,\"Could not be graded: your submission contains a symbolic link `x.cs`"));
    }

    [Test]
    public void Discover_EntryInNobodysFolder_IsAWarningForStaffNotAStudent()
    {
        Assert.That(_class.Warnings.Single(), Does.Contain("`/etc/cron.d/evil`, an absolute path"));
        Assert.That(_class.Submissions.Select(s => s.Student.Id), Has.None.Contains("etc"));
    }

    [Test]
    public void Discover_ClassZipThatIsNoZip_StopsWithAClearMessage()
    {
        string bad = _work.Write("broken-class.zip", "not a zip at all");
        var e = Assert.Throws<BulkInputException>(() => SubmissionDiscovery.Discover(bad, Roster.Empty, Path.Combine(_work.Path, "work2")))!;
        Assert.That(e.Message, Does.StartWith("The class zip cannot be used: broken-class.zip is not a readable zip file"));
    }
}
