namespace Ps1Autograd;

/// <summary>What a gradient-descent section returns: enough to check the method, not only the end point.</summary>
/// <param name="InitialWeights">The weights before the first update (b0..b6).</param>
/// <param name="LearningRate">The learning rate used for every update.</param>
/// <param name="LossHistory">The loss of every epoch, computed before that epoch's update: one entry per epoch.</param>
/// <param name="Weights">The weights after the last update (b0..b6).</param>
public sealed record TrainingRun(
    double[] InitialWeights,
    double LearningRate,
    double[] LossHistory,
    double[] Weights);
