using Grading.Core.Bulk;
using Grading.Tests.Support;

namespace Grading.Tests.Bulk;

public class RosterTests
{
    [Test]
    public void Read_QuotedFieldsAndOptionalColumns_ReadsEveryStudent()
    {
        using var folder = new TempFolder();
        string path = folder.Write("roster.csv", "\uFEFFid,name,github,section\r\ns1,\"Doe, Jane\",jdoe,A\r\n\r\ns2,Bo,bo-gh,B\r\n");
        var roster = Roster.Read(path);
        Assert.That(roster.Students, Is.EqualTo(new[]
        {
            new RosterEntry("s1", "Doe, Jane", "jdoe", "A") { OnRoster = true }, new RosterEntry("s2", "Bo", "bo-gh", "B") { OnRoster = true },
        }));
    }

    [Test]
    public void Read_CanvasLoginAndEmailColumns_AreKeptForTheGradebooks()
    {
        using var folder = new TempFolder();
        string path = folder.Write("roster.csv", "id,email,login,canvas_id\ns1, jane@uni.example ,jane,101\ns2,,bo,\n");
        Assert.That(Roster.Read(path).Students, Is.EqualTo(new[]
        {
            new RosterEntry("s1", CanvasId: "101", Login: "jane", Email: "jane@uni.example") { OnRoster = true },
            new RosterEntry("s2", Login: "bo") { OnRoster = true },
        }));
    }

    [Test]
    public void Discover_FolderOnNoRoster_IsMarkedOffTheRosterAndWithoutARosterUnchecked()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "class", "jdoe"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "class", "mallory"));
        var roster = new Roster([new RosterEntry("s1", "Jane", "jdoe") { OnRoster = true }]);
        var withRoster = SubmissionDiscovery.Discover(Path.Combine(folder.Path, "class"), roster, Path.Combine(folder.Path, "work")).Submissions;
        Assert.That(withRoster.Select(s => (s.Student.Id, s.Student.OnRoster)), Is.EqualTo(new[] { ("mallory", (bool?)false), ("s1", true) }));
        var without = SubmissionDiscovery.Discover(Path.Combine(folder.Path, "class"), Roster.Empty, Path.Combine(folder.Path, "work")).Submissions;
        Assert.That(without.Select(s => s.Student.OnRoster), Is.All.Null);
    }

    [TestCase("s1", "s1")]
    [TestCase("JDOE", "s1")]
    [TestCase("ps1-autograd-jdoe", "s1")]
    [TestCase("ps1-autograd-bo-gh", "s2")]
    [TestCase("Bo", "s2")]
    public void Match_FolderName_FindsTheStudent(string folderName, string id)
    {
        var roster = new Roster([new RosterEntry("s1", "Jane", "jdoe"), new RosterEntry("s2", "Bo", "bo-gh")]);
        Assert.That(roster.Match(folderName)?.Id, Is.EqualTo(id));
    }

    [Test]
    public void Match_UnknownFolder_IsNull() =>
        Assert.That(new Roster([new RosterEntry("s1", "Jane", "jdoe")]).Match("ps1-autograd-someone"), Is.Null);

    [TestCase("student,name\ns1,x\n", "roster.csv:1: unknown column 'student'")]
    [TestCase("name,github\nJane,jdoe\n", "roster.csv:1: the header has no 'id' column")]
    [TestCase("id,id\ns1,s1\n", "roster.csv:1: the column 'id' appears twice")]
    [TestCase("id,name\ns1,Jane\n,Nobody\n", "roster.csv:3: the student has no id")]
    [TestCase("id,name\ns1,Jane\ns2,Bo\nS1,Again\n", "roster.csv:4: the id 'S1' appears twice")]
    [TestCase("id,name\ns1,\"Jane\n", "roster.csv:2: a quoted field is never closed")]
    [TestCase("", "roster.csv:1: the file is empty")]
    public void Read_BrokenRoster_NamesTheFileAndLine(string text, string message)
    {
        using var folder = new TempFolder();
        var e = Assert.Throws<BulkInputException>(() => Roster.Read(folder.Write("roster.csv", text)))!;
        Assert.That(e.Message, Does.StartWith(message));
    }
}
