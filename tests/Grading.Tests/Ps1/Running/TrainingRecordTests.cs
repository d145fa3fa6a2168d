using Grading.Core.Running;
using Ps1Autograd.Grading.Running;

namespace Grading.Tests.Ps1.Running;

/// <summary>A training run survives its trip through the run's generic values, which is what rescoring reads.</summary>
public class TrainingRecordTests
{
    private static readonly TrainingRecord Graded = new(5000, [0.1, 0.2], 0.05, [3, 2, double.NaN], [0.4, 0.5]);
    private static readonly TrainingRecord Probe = new(3, [0.1, 0.2], 0.05, [3, 2, 1], [0.3, 0.4]);

    private static SectionRun RunOf(params IEnumerable<KeyValuePair<string, double[]>>[] parts) =>
        new() { SectionId = "1.2", Values = parts.SelectMany(p => p).ToDictionary() };

    [Test]
    public void Graded_FromItsValues_IsTheRecordWritten()
    {
        var run = RunOf(Graded.ToValues(Ps1Values.TrainingPrefix, Ps1Values.Weights), Probe.ToValues(Ps1Values.ProbePrefix, "probe.weights"));

        var back = TrainingRecord.Graded(run)!;

        Assert.That((back.EpochsRequested, back.LearningRate), Is.EqualTo((5000, 0.05)));
        Assert.That(back.InitialWeights, Is.EqualTo(Graded.InitialWeights));
        Assert.That(back.LossHistory, Is.EqualTo(Graded.LossHistory), "NaN kept");
        Assert.That(back.Weights, Is.EqualTo(Graded.Weights));
        Assert.That(run.Values![Ps1Values.Weights], Is.EqualTo(Graded.Weights), "the final weights are the section's weights");
        Assert.That(TrainingRecord.Probe(run)!.Weights, Is.EqualTo(Probe.Weights));
    }

    [Test]
    public void Graded_ClosedFormRun_IsNull()
    {
        var run = new SectionRun { SectionId = "1.1", Values = new Dictionary<string, double[]> { [Ps1Values.Weights] = [1, 2] } };

        Assert.That(TrainingRecord.Graded(run), Is.Null);
        Assert.That(TrainingRecord.Probe(run), Is.Null);
    }

    [Test]
    public void Graded_MissingLearningRate_IsNaNSoNoCheckTrustsIt()
    {
        var values = Graded.ToValues(Ps1Values.TrainingPrefix, Ps1Values.Weights).Where(v => v.Key != "training.learning_rate");

        Assert.That(double.IsNaN(TrainingRecord.Graded(RunOf(values))!.LearningRate), Is.True);
    }
}
