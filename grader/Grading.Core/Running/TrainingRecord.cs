using Grading.Contracts;

namespace Grading.Core.Running;

/// <summary>A gradient-descent run as the submission reported it, with the epochs it was asked for.</summary>
public sealed record TrainingRecord(int EpochsRequested, double[] InitialWeights, double LearningRate, double[] LossHistory, double[] Weights)
{
    public static TrainingRecord From(TrainingRun run, int epochsRequested) => new(
        epochsRequested,
        run.InitialWeights ?? [],
        run.LearningRate,
        run.LossHistory ?? [],
        run.Weights ?? []);
}
