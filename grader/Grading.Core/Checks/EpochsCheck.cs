namespace Grading.Core.Checks;

/// <summary>The run made exactly the epochs asked for: one recorded loss per epoch, in both runs.</summary>
public sealed class EpochsCheck : ICheck
{
    public string Kind => "epochs";

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        var training = context.Run.Training;
        if (training is null) { yield return context.Fail("no training run was recorded."); yield break; }
        foreach (var run in new[] { training, context.Run.Probe })
        {
            if (run is null || run.LossHistory.Length == run.EpochsRequested) continue;
            yield return context.Fail($"asked for {run.EpochsRequested} epochs, the loss history has {run.LossHistory.Length} entries: "
                + "run exactly options.Epochs epochs and record one loss per epoch.");
            yield break;
        }
        yield return context.Pass($"{training.EpochsRequested} epochs, one loss each.");
    }
}
