using Grading.Core.Checks;
using Grading.Core.Running;
using Ps1Autograd.Grading.Checks;
using Ps1Autograd.Grading.Running;
using static Grading.Tests.Ps1.Checks.Ps1CheckHarness;

namespace Grading.Tests.Ps1.Checks;

public class EpochsCheckTests
{
    private static TrainingRecord Record(int requested, int recorded) =>
        new(requested, (double[])Start.Clone(), 0.1, new double[recorded], new double[7]);

    private static CheckOutcome Judge(TrainingRecord training, TrainingRecord? probe) =>
        Evaluate(new EpochsCheck(), probe is null ? RunWithoutProbe(training) : Run(training, probe));

    [Test]
    public void Evaluate_ExactCountsInBothRuns_Passes()
    {
        var outcome = Judge(Record(5000, 5000), Record(3, 3));
        Assert.That(outcome.Passed, Is.True, outcome.Message);
        Assert.That(outcome.Points, Is.EqualTo(8));
        Assert.That(outcome.Message, Is.EqualTo("5000 epochs, one loss each."));
    }

    [Test]
    public void Evaluate_OneEpochTooManyInTheGradedRun_FailsWithBothCounts()
    {
        var outcome = Judge(Record(5000, 5001), Record(3, 3));
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Points, Is.Zero);
        Assert.That(outcome.Message, Does.StartWith("asked for 5000 epochs, the loss history has 5001 entries"));
    }

    [Test]
    public void Evaluate_WrongCountOnlyInTheProbe_FailsWithTheProbesCounts()
    {
        // A hard-coded 5000 passes the graded run; only the 3-epoch probe exposes it.
        var outcome = Judge(Record(5000, 5000), Record(3, 5000));
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("asked for 3 epochs, the loss history has 5000 entries"));
    }

    [Test]
    public void Evaluate_LossesOnlyAtThePrintedEpochs_FailsNamingThePrintedEpochs()
    {
        var outcome = Judge(Record(5000, 5), Record(3, 1));
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("asked for 5000 epochs, the loss history has 5 entries, one per printed epoch"));
    }

    [Test]
    public void Evaluate_NoProbe_JudgesTheGradedRunAlone()
    {
        Assert.That(Judge(Record(5000, 5000), null).Passed, Is.True);
    }

    [Test]
    public void Evaluate_NoTrainingRun_Fails()
    {
        var outcome = Evaluate(new EpochsCheck(), new SectionRun { SectionId = "1.2" });
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Is.EqualTo("no training run was recorded."));
    }
}
