namespace AutodiffWarmup;

/// <summary>How to fit the cubic: the number of steps, the learning rate of the summed squared error, the seed.</summary>
public sealed record PolynomialOptions(int Steps, double LearningRate, int Seed);
