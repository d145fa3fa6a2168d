namespace AutodiffWarmup;

/// <summary>What the linear regression reports: its parameters before the first and after the last step,
/// and the MSE of every step (computed before that step's update).</summary>
public sealed record LinearFit(double InitialWeight, double InitialBias, double Weight, double Bias, double[] Losses);
