namespace AutodiffWarmup;

/// <summary>How to train the linear model: steps, learning rate, and the seed of its random initial parameters.</summary>
public sealed record LinearOptions(int Steps, double LearningRate, int Seed);
