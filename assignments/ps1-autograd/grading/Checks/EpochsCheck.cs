using Grading.Core.Checks;
using Ps1Autograd.Grading.Running;

namespace Ps1Autograd.Grading.Checks;

/// <summary>The run made exactly the epochs asked for: one recorded loss per epoch, in both runs.</summary>
public sealed class EpochsCheck : SingleOutcomeCheck
{
    public override string Kind => "epochs";

    protected override CheckOutcome Judge(CheckContext context)
    {
        var training = TrainingRecord.Graded(context.Run);
        if (training is null) return context.Fail("no training run was recorded.");
        foreach (var run in new[] { training, TrainingRecord.Probe(context.Run) })
        {
            if (run is null || run.LossCount == run.EpochsRequested) continue;
            return context.Fail($"asked for {run.EpochsRequested} epochs, the loss history has {run.LossCount} entries: "
                + "run exactly options.Epochs epochs and record one loss per epoch.");
        }
        return context.Pass($"{training.EpochsRequested} epochs, one loss each.");
    }
}
