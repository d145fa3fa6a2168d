using Grading.Core.Audit;

namespace Grading.Tests.Audit;

public sealed class SectionAuditScoreTests
{
    private static MutantResult Result(MutantStatus status) => new()
    {
        Mutant = new Mutant { Id = "m", Operator = "constant", File = "A.cs", Line = 1, Member = "M", Original = "2", Replacement = "1", Description = "", Sections = ["1.2"], Diff = "" },
        Status = status,
    };

    [Test]
    public void Of_CountsLimitsAsDetectedAndLeavesDiscardedMutantsOutOfTheScore()
    {
        var results = new[]
        {
            MutantStatus.Killed, MutantStatus.Killed, MutantStatus.TimedOut, MutantStatus.Crashed, MutantStatus.Survived,
            MutantStatus.NotCompiled, MutantStatus.Equivalent, MutantStatus.Unreached,
        }.Select(Result).ToList();
        var score = SectionAuditScore.Of("1.2", "t", results);
        Assert.That((score.Mutants, score.Killed, score.Survived, score.TimedOut, score.Crashed, score.NotCompiled, score.Equivalent, score.Unreached),
            Is.EqualTo((8, 2, 1, 1, 1, 1, 1, 1)));
        Assert.That(score.Counted, Is.EqualTo(5));
        Assert.That(score.Score, Is.EqualTo(80.0).Within(1e-9), "4 of the 5 that count were noticed");
    }

    [Test]
    public void Of_NothingThatCounts_HasNoScore() =>
        Assert.That(SectionAuditScore.Of("1.1", "t", [Result(MutantStatus.Equivalent)]).Score, Is.Null);
}
