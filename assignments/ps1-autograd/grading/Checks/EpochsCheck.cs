using Grading.Core.Checks;
using Ps1Autograd.Grading.Running;
using Ps1Autograd.Grading.Spec;

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
            int every = Ps1Blocks.TrainingOf(context.Assignment).LogEvery;
            if (run.EpochsRequested > every && run.LossCount == (run.EpochsRequested + every - 1) / every)
                return context.Fail($"asked for {run.EpochsRequested} epochs, the loss history has {run.LossCount} entries, one per printed epoch: "
                    + "add the loss of every epoch to LossHistory, not only the ones you print.");
            return context.Fail($"asked for {run.EpochsRequested} epochs, the loss history has {run.LossCount} entries: "
                + "run exactly options.Epochs epochs and record one loss per epoch.");
        }
        return context.Pass($"{training.EpochsRequested} epochs, one loss each.");
    }
}
