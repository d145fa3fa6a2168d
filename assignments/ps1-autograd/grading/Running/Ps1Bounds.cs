using Grading.Core.Bounds;
using Grading.Core.Running;

namespace Ps1Autograd.Grading.Running;

/// <summary>
/// PS1's closer cuts of what a section returns, from the lengths it expects: a few times the epochs asked for of a
/// loss history (one loss per epoch), a few times the weights b0..b6. The engine's generic limits catch the rest.
/// The true lengths stay in the run's cuts, so the epochs and weights checks still name them.
/// </summary>
public static class Ps1Bounds
{
    /// <summary>How many times the expected length is kept: enough to see what went wrong, never megabytes.</summary>
    public const int Slack = 4;

    public static SectionRun Training(SectionRun run, string prefix, string weightsKey, int epochs, int dimension)
    {
        run = RunBoundary.LimitValue(run, $"{prefix}.loss_history", Slack * Math.Max(1, epochs), prefix == Ps1Values.ProbePrefix ? "the check run's loss history" : "the loss history");
        run = RunBoundary.LimitValue(run, $"{prefix}.initial_weights", Slack * dimension, "the initial weights");
        return Weights(run, weightsKey, dimension);
    }

    public static SectionRun Weights(SectionRun run, string key, int dimension) =>
        RunBoundary.LimitValue(run, key, Slack * dimension, key == Ps1Values.Weights ? "the weights" : "the check run's weights");
}
