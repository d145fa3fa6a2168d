using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Grading;
using Grading.Core.ManualGrading;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.ManualGrading;

public class ManualScoreMergerTests
{
    private static readonly Lazy<AssignmentSpec> Spec = new(() => AssignmentLoader.Load(RepositoryPaths.Ps1Spec).Spec);

    private static GradingResult Pending()
    {
        var written = SampleResults.Section("1.5", 0, 5, SectionStatus.Pending, pending: 5) with { Questions = ["Why?"] };
        written = written with { Checks = [written.Checks[1]] }; // only "answer 1", pending 5 points
        return SampleResults.Result([SampleResults.Section("1.1", 15, 15, SectionStatus.Passed), written]);
    }

    private static ManualScores Scores(TempFolder folder, string rows) =>
        ManualScores.Read(folder.Write("scores.csv", "student,question,points,comment\n" + rows), Spec.Value, ["jdoe"]);

    [Test]
    public void Apply_ScoredQuestion_ReplacesThePendingCheckAndTotals()
    {
        using var folder = new TempFolder();
        var merged = ManualScoreMerger.Apply(Pending(), Scores(folder, "jdoe,1.5.1,2,Missing the statistics part\n"));
        var section = merged.Section("1.5");
        Assert.That(section.Checks.Single(), Is.EqualTo(new CheckOutcome("answer 1", "manual", false, false, 2, 5, "graded by a TA: Missing the statistics part")));
        Assert.That((section.Score, section.PendingPoints, section.Status), Is.EqualTo((2.0, 0.0, SectionStatus.Partial)));
        Assert.That((merged.Score, merged.PendingPoints), Is.EqualTo((17.0, 0.0)));
    }

    [Test]
    public void Apply_ZeroPoints_FailsTheSection()
    {
        using var folder = new TempFolder();
        var section = ManualScoreMerger.Apply(Pending(), Scores(folder, "jdoe,1.5.1,0,\n")).Section("1.5");
        Assert.That((section.Score, section.Status, section.Checks.Single().Message), Is.EqualTo((0.0, SectionStatus.Failed, "graded by a TA.")));
    }

    [Test]
    public void Apply_ScoresOfOthers_LeavesTheResultAsItWas()
    {
        using var folder = new TempFolder();
        var scores = ManualScores.Read(folder.Write("scores.csv", "student,question,points\nsomeone,1.5.1,2\n"), Spec.Value, ["jdoe", "someone"]);
        var result = Pending();
        Assert.That(ManualScoreMerger.Apply(result, scores).Sections, Is.EqualTo(result.Sections));
    }
}
