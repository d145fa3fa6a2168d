using Grading.Core.Bulk;
using Grading.Core.Exporting.Gradebook;

namespace Grading.Tests.Exporting.Gradebook;

public class GradebookExporterTests
{
    private static string Export(IGradebookExporter exporter, ClassGradebook gradebook)
    {
        using var writer = new StringWriter();
        exporter.Export(gradebook, writer);
        return writer.ToString();
    }

    [Test]
    public void Canvas_Class_WritesCanvasColumnsPointsPossibleAndOneRowPerStudent()
    {
        string csv = Export(new CanvasGradebookExporter(), GradebookCases.Class());
        Assert.That(csv.Split("\r\n"), Is.EqualTo(new[]
        {
            "Student,ID,SIS User ID,SIS Login ID,Section,PS1 Part 3",
            "Points Possible,,,,,100",
            "\"Doe, Jane\",101,s1,jane,A,25",
            "Bo,,s2,,B,0",   // could not be graded: 0
            "s3,,s3,,,",     // nothing handed in: left empty, so Canvas keeps what it has
            "",
        }));
    }

    [Test]
    public void Canvas_WithCanvasAssignmentId_NamesTheGradeColumnTitleAndNumber()
    {
        string header = Export(new CanvasGradebookExporter(12345), GradebookCases.Class()).Split("\r\n")[0];
        // Canvas's import reads the trailing "(number)" as the assignment to fill, never a new one.
        Assert.That(header, Is.EqualTo("Student,ID,SIS User ID,SIS Login ID,Section,PS1 Part 3 (12345)"));
    }

    [Test]
    public void Moodle_Class_WritesIdentifierGradeAndFeedbackForHandedInWork()
    {
        string csv = Export(new MoodleGradebookExporter(), GradebookCases.Class());
        Assert.That(csv, Is.EqualTo(
            "ID number,Grade,Feedback\r\n" +
            "s1,25,\"25/45 points.\n1.2: uses \"\"TorchSharp\"\", which 1.2 forbids\"\r\n" +
            "s2,0,Could not be graded: bo.zip is not a readable zip file.\r\n"));
    }

    [Test]
    public void Checks_Class_WritesOneRowPerGradedCheck()
    {
        var lines = Export(new CheckTableExporter(), GradebookCases.Class()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("student,section,check,kind,passed,pending,points,max_points,message"));
        Assert.That(lines.Skip(1), Is.EqualTo(new[]
        {
            "s1,1.1,weights,weights,true,false,15,15,all 7 weights within 0.001.",
            "s1,1.2,weights,weights,true,false,10,10,all 7 weights within 0.001.",
            "s1,1.2,rules,rules,false,false,0,20,\"uses \"\"TorchSharp\"\", which 1.2 forbids\"",
        }));
    }

    [Test]
    public void Sections_Class_WritesOneRowPerGradedSection()
    {
        var lines = Export(new SectionTableExporter(), GradebookCases.Class()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Is.EqualTo(new[]
        {
            "student,section,status,score,max_score,pending_points,duration_ms,first_problem",
            "s1,1.1,passed,15,15,0,1235,",
            "s1,1.2,partial,10,30,0,1235,\"uses \"\"TorchSharp\"\", which 1.2 forbids\"",
        }));
    }

    [Test]
    public void All_FileNames_AreDistinct() =>
        Assert.That(GradebookExporters.Create(new GradebookSettings()).Select(e => e.FileName),
            Is.Unique.And.Contains("canvas.csv").And.Contains("moodle.csv").And.Contains("moodle-unmatched.csv").And.Contains("checks.csv"));

    [Test]
    public void Canvas_TextThatStartsAFormula_GetsALeadingQuoteAndScoresStayNumbers()
    {
        string csv = Export(new CanvasGradebookExporter(), GradebookCases.Hostile());
        Assert.That(csv.Split("\r\n"), Is.EqualTo(new[]
        {
            "Student,ID,SIS User ID,SIS Login ID,Section,PS1 Part 3",
            "Points Possible,,,,,100",
            "'=cmd|' calc'!A0,,'=cmd|' calc'!A0,,,10",
            "'@SUM(1+1),,s2,'\tlogin,'-A,0",
            "",
        }));
    }

    [Test]
    public void Moodle_IdentifierThatStartsAFormula_GoesToTheUnmatchedFileAfterALeadingQuote()
    {
        // Written as '=… it matches no Moodle user, and one such line stops Moodle's whole import.
        Assert.That(Export(new MoodleGradebookExporter(), GradebookCases.Hostile()), Is.EqualTo(
            "ID number,Grade,Feedback\r\n" +
            "s2,0,Could not be graded: +cmd: not a zip\r\n"));
        Assert.That(Export(new MoodleUnmatchedExporter(), GradebookCases.Hostile()), Is.EqualTo(
            "Student,Name,ID number,Grade,Feedback,Why not in moodle.csv\r\n" +
            "'=cmd|' calc'!A0,,'=cmd|' calc'!A0,10,\"10/30 points.\n1.2: =HYPERLINK(\"\"http://x\"\",\"\"fix\"\")\"," +
            "\"the id starts like a spreadsheet formula, so it is written after a ' and matches no one\"\r\n"));
    }

    [TestCase(MoodleIdentifier.Username, "Username", "jane")]
    [TestCase(MoodleIdentifier.Email, "Email address", "jane@uni.example")]
    public void Moodle_ChosenIdentifier_TakesThatRosterColumnAndNamesTheMoodleField(MoodleIdentifier identifier, string header, string value)
    {
        var lines = Export(new MoodleGradebookExporter(identifier), GradebookCases.Class()).Split("\r\n");
        Assert.That(lines[0], Is.EqualTo($"{header},Grade,Feedback"));
        Assert.That(lines[1], Does.StartWith($"{value},25,"));
        // s2 has no login and no email: kept out, so Moodle's import does not give their 0 to the line above.
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(Export(new MoodleUnmatchedExporter(identifier), GradebookCases.Class()), Does.Contain("s2,Bo,,0,Could not be graded: bo.zip is not a readable zip file.,\"graded without a roster, so no "));
    }

    [Test]
    public void Moodle_TwoStudentsWithOneIdentifier_BothGoToTheUnmatchedFile()
    {
        var gradebook = GradebookCases.Class();
        var twins = gradebook with { Entries = [.. gradebook.Entries, gradebook.Entries[0] with { Student = gradebook.Entries[0].Student with { Id = "s9" } }] };
        Assert.That(Export(new MoodleGradebookExporter(MoodleIdentifier.Username), twins).Split("\r\n"), Has.None.StartWith("jane,"));
        Assert.That(Export(new MoodleUnmatchedExporter(MoodleIdentifier.Username), twins), Does.Contain("another student has the same login 'jane'"));
    }

    [Test]
    public void Moodle_IdentifierZero_IsUnmatchedBecauseMoodleReadsItAsBlank()
    {
        var zero = new ClassGradebook("a", "A", 1, [new GradebookEntry(new RosterEntry("0") { OnRoster = true }, StudentStatus.Error, null, "empty", null, null)]);
        Assert.That(Export(new MoodleGradebookExporter(), zero), Is.EqualTo("ID number,Grade,Feedback\r\n"));
        Assert.That(Export(new MoodleUnmatchedExporter(), zero), Does.Contain("Moodle reads the id '0' as blank"));
    }

    [Test]
    public void Sections_FirstProblemThatStartsAFormula_GetsALeadingQuote()
    {
        var lines = Export(new SectionTableExporter(), GradebookCases.Hostile()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[1], Is.EqualTo("'=cmd|' calc'!A0,1.2,partial,10,30,0,1235,\"'=HYPERLINK(\"\"http://x\"\",\"\"fix\"\")\""));
    }

    [Test]
    public void Checks_MessageThatStartsAFormula_GetsALeadingQuote()
    {
        var lines = Export(new CheckTableExporter(), GradebookCases.Hostile()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Some.StartWith("'=cmd|' calc'!A0,1.2,rules,rules,false,false,0,20,\"'=HYPERLINK("));
    }

    [Test]
    public void FormulaIdentifierWarnings_IdOrLoginStartingAFormula_NamesEachSuchStudentOnce()
    {
        var warnings = GradebookExporters.FormulaIdentifierWarnings(GradebookCases.Hostile());
        Assert.That(warnings, Has.Count.EqualTo(2));
        Assert.That(warnings[0], Does.StartWith("Gradebook: the id '=cmd|' calc'!A0' (student '=cmd|' calc'!A0') starts like a spreadsheet formula"));
        Assert.That(warnings[1], Does.StartWith("Gradebook: the login '\\x09login' (student 's2') starts like"));
        Assert.That(GradebookExporters.FormulaIdentifierWarnings(GradebookCases.Class()), Is.Empty);
    }
}
