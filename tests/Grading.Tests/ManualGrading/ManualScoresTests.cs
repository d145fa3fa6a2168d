using Grading.Core.Assignments;
using Grading.Core.Bulk;
using Grading.Core.Grading;
using Grading.Core.ManualGrading;
using Grading.Tests.Support;

namespace Grading.Tests.ManualGrading;

public class ManualScoresTests
{
    private static readonly Lazy<AssignmentSpec> Spec = new(() => AssignmentLoader.Load(RepositoryPaths.Ps1Spec).Spec);

    private static ManualScores Read(TempFolder folder, string text) =>
        ManualScores.Read(folder.Write("scores.csv", text), Spec.Value, ["alice", "bob"]);

    [Test]
    public void Read_ValidRows_FindsEachScore()
    {
        using var folder = new TempFolder();
        var scores = Read(folder, "student,question,points,comment\nalice,1.5.1,2.5,\"Good, clear\"\nBOB,1.5.6,0,\n");
        Assert.That(scores.Find("alice", "1.5", 1), Is.EqualTo(new ManualScore("alice", "1.5", 1, 2.5, "Good, clear", "scores.csv:2")));
        Assert.That(scores.Find("bob", "1.5", 6)?.Points, Is.EqualTo(0));
        Assert.That(scores.Find("alice", "1.5", 2), Is.Null);
    }

    [TestCase("student,question,score\n", "scores.csv:1: unknown column 'score'")]
    [TestCase("student,points\n", "scores.csv:1: the header has no 'question' column")]
    [TestCase("student,question,points\nalice,1.5.1,1\ncarol,1.5.1,1\n", "scores.csv:3: unknown student 'carol'")]
    [TestCase("student,question,points\nalice,1.5.1,2.6\n", "scores.csv:2: 2.6 points for 1.5.1, which is worth 2.5")]
    [TestCase("student,question,points\nalice,1.5.1,-1\n", "scores.csv:2: -1 points for 1.5.1")]
    [TestCase("student,question,points\nalice,1.5.1,two\n", "scores.csv:2: points 'two' is not a number")]
    [TestCase("student,question,points\nalice,1.5.1,NaN\n", "scores.csv:2: points 'NaN' is not a number")]
    [TestCase("student,question,points\nalice,1.5.7,1\n", "scores.csv:2: question '1.5.7': section 1.5 has questions 1 to 6")]
    [TestCase("student,question,points\nalice,1.2.1,1\n", "scores.csv:2: unknown question '1.2.1'; this assignment's written questions are 1.5.1 to 1.5.6")]
    [TestCase("student,question,points\nalice,1.5.1,1\n\nalice,1.5.1,2\n", "scores.csv:4: alice already has a score for 1.5.1")]
    public void Read_BrokenScores_NamesTheFileAndLine(string text, string message)
    {
        using var folder = new TempFolder();
        var e = Assert.Throws<BulkInputException>(() => Read(folder, text))!;
        Assert.That(e.Message, Does.StartWith(message));
    }
}
