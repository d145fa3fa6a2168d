using Grading.Core.Results;
using Grading.Tests.Support;
using Ps1Autograd.Grading.Running;

namespace Grading.Tests.EndToEnd;

public class ReferenceAndTemplateTests
{
    [Test]
    public void Grade_Reference_Scores85WithTheWrittenAnswersPending()
    {
        var result = Ps1Grading.Grade(Ps1Grading.Reference);
        Assert.That(result.Compilation.Succeeded, Is.True, string.Join("\n", result.Compilation.Diagnostics));
        Assert.That(result.Score, Is.EqualTo(85));
        Assert.That(result.MaxScore, Is.EqualTo(100));
        Assert.That(result.PendingPoints, Is.EqualTo(15));
        Assert.That(result.Sections.Select(s => s.Status), Is.EqualTo(new[]
        {
            SectionStatus.Passed, SectionStatus.Passed, SectionStatus.Passed, SectionStatus.Passed, SectionStatus.Pending,
        }));
        Assert.That(result.Sections.SelectMany(s => s.Checks).Where(c => !c.Passed), Is.Empty);
    }

    [Test]
    public void Grade_Reference_KeepsTheRawOutputsNeededToRescore()
    {
        var raw = Ps1Grading.Grade(Ps1Grading.Reference).Section("1.4").Raw;
        var (training, probe) = (TrainingRecord.Graded(raw)!, TrainingRecord.Probe(raw)!);
        Assert.That(training.LossHistory, Has.Length.EqualTo(5000));
        Assert.That(training.Weights, Has.Length.EqualTo(7));
        Assert.That(training.LearningRate, Is.GreaterThan(0));
        Assert.That(training.EpochsRequested, Is.EqualTo(5000));
        // The check run, on the hidden variant: 10 to 30 epochs drawn from its seed, stored with the seed for a rescore.
        Assert.That(probe.LossHistory, Has.Length.EqualTo(probe.EpochsRequested));
        Assert.That(probe.EpochsRequested, Is.InRange(10, 30));
        Assert.That(raw.Values!["variant.seed"], Has.Length.EqualTo(1));
        Assert.That(raw.Device, Is.EqualTo("cpu"));
    }

    [Test]
    public void Rescore_SavedFailingResultWithoutFigures_ScoresTheSameAndDrawsThemAgain()
    {
        // From the saved JSON alone: the PS1 checks and figures read the generic values back.
        var graded = Ps1Grading.GradeOverlay("gradient-sign-flipped");
        var saved = ResultJson.Deserialize(ResultJson.Serialize(graded));
        saved = saved with { Sections = saved.Sections.Select(s => s with { Figures = null }).ToList() };

        var rescored = Ps1Grading.Rescore(saved);

        Assert.That(rescored.Score, Is.EqualTo(graded.Score));
        Assert.That(rescored.Sections.SelectMany(s => s.Checks), Is.EqualTo(graded.Sections.SelectMany(s => s.Checks)));
        Assert.That(rescored.Sections.Select(s => s.Figures?.Select(f => (f.Kind, f.Title)).ToList()),
            Is.EqualTo(graded.Sections.Select(s => s.Figures?.Select(f => (f.Kind, f.Title)).ToList())));
        Assert.That(rescored.Section("1.2").FailedChecks(), Does.Contain("gradient-step"));
    }

    [Test]
    public void Grade_ReferenceTwice_IsDeterministic()
    {
        var first = Ps1Grading.Grade(Ps1Grading.Reference);
        var second = Ps1Grading.Grade(Ps1Grading.Reference);
        Assert.That(second.Sections.Select(s => s.Score), Is.EqualTo(first.Sections.Select(s => s.Score)));
        foreach (string id in new[] { "1.2", "1.3", "1.4" })
        {
            var (a, b) = (TrainingRecord.Graded(first.Section(id).Raw)!, TrainingRecord.Graded(second.Section(id).Raw)!);
            // The seed fixes the start exactly; libtorch's multithreaded reductions may sum in another
            // order, so later values agree to rounding, not bit for bit.
            Assert.That(b.InitialWeights, Is.EqualTo(a.InitialWeights), $"{id} initial weights");
            Assert.That(b.Weights, Is.EqualTo(a.Weights).Within(1e-12), $"{id} final weights");
        }
    }

    [Test]
    public void Grade_UntouchedTemplate_ScoresZeroWithNotImplementedPerSection()
    {
        var result = Ps1Grading.Grade(Ps1Grading.Template);
        Assert.That(result.Compilation.Succeeded, Is.True, string.Join("\n", result.Compilation.Diagnostics));
        Assert.That(result.Score, Is.Zero);
        Assert.That(result.PendingPoints, Is.Zero);
        foreach (var section in result.Sections)
            Assert.That(section.FirstProblem, Does.Contain("not implemented"), section.Id);
    }

    [Test]
    public void Grade_Reference_PrintsTheLossEveryThousandEpochs()
    {
        var output = Ps1Grading.Grade(Ps1Grading.Reference).Section("1.2").Output;
        Assert.That(output, Does.Contain("Epoch:0, loss:").And.Contain("Epoch:4000, loss:"));
    }
}
