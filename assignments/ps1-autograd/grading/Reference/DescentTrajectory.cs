namespace Ps1Autograd.Grading.Reference;

/// <summary>An exact gradient-descent run: the loss before each step, the weights after each step.
/// Shorter than asked when the run blew up (the last loss is then not finite).</summary>
public sealed record DescentTrajectory(double[] Losses, double[][] WeightsAfterStep)
{
    public double[] FinalWeights => WeightsAfterStep[^1];
}
