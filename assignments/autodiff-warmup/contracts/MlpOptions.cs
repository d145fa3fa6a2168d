namespace AutodiffWarmup;

/// <summary>How to train the MLP: epochs, mini-batch size, Adam's learning rate, and the seed.</summary>
public sealed record MlpOptions(int Epochs, int BatchSize, double LearningRate, int Seed);
