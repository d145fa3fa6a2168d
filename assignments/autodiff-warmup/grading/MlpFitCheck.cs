using Grading.Core.Checks;

namespace AutodiffWarmup.Grading;

/// <summary>
/// The validation MSE of the returned network (<c>valid.mse</c>) at most <c>maximum</c>. When it is above, and the
/// grader's own extra epochs of Adam on the same network lowered it a lot (<c>valid.mse.more</c>, see MlpDriver), the
/// network was still learning when training stopped: the message says it is under-trained rather than only over a limit.
/// </summary>
public sealed class MlpFitCheck : ICheck
{
    public string Kind => "mlp-fit";

    // Extra training that removes at least half of the excess over the noise floor means the descent had not converged.
    private const double StillFallingFraction = 0.5;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        const string key = "valid.mse";
        double maximum = context.Spec.Maximum ?? throw new InvalidOperationException($"The 'mlp-fit' check of section {context.Section.Id} has no 'maximum'.");
        double? mse = context.Run.Values?.GetValueOrDefault(key)?.FirstOrDefault();
        if (mse is not { } got) return [context.Fail($"no value '{key}' was recorded.", key)];
        var rows = new List<ComparedValue> { new(key, got, maximum, null, got <= maximum) };
        if (got <= maximum) return [context.Pass($"the validation MSE is {Numbers.Format(got)}, at most {Numbers.Format(maximum)}.", key) with { Compared = rows }];
        string message = $"the validation MSE is {Numbers.Format(got)}, above the limit {Numbers.Format(maximum)}";
        double? more = context.Run.Values?.GetValueOrDefault("valid.mse.more")?.FirstOrDefault();
        if (more is { } after && double.IsFinite(got) && got - after >= StillFallingFraction * (got - AutodiffSettings.MlpNoise * AutodiffSettings.MlpNoise))
            message += $": the network is under-trained. Its validation MSE was still falling when training stopped "
                + $"({AutodiffSettings.MlpExtraEpochs} more epochs of Adam took it to {Numbers.Format(after)}). "
                + $"Train for options.Epochs ({AutodiffSettings.MlpEpochs}) epochs over all the mini-batches.";
        else
            message += ".";
        return [context.Fail(message, key) with { Compared = rows }];
    }
}
