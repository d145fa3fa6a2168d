namespace AutodiffWarmup.Grading;

/// <summary>The notebooks' numbers (seeds 001–003), in one place: points, targets, step counts, learning rates.</summary>
public static class AutodiffSettings
{
    // 1 and 2: the lecture's points, plus a second point of our own so a hard-coded answer cannot pass.
    public const double CubicA = 5, CubicB = 6, OtherCubicA = -1.5, OtherCubicB = 2.25;
    public const double SinX = 1.234, OtherSinX = -0.7;

    // 3: bring sin(x)·x² to 1 from x = 2.5 with lr 1e-3 over 100 steps.
    public const double OptimisationStart = 2.5, OptimisationTarget = 1, OptimisationLearningRate = 1e-3;
    public const int OptimisationSteps = 100;

    // 4: 2000 points on [−π, π], summed squared error, lr 1e-6, 2000 steps (the lecture's loop).
    public const int PolynomialPoints = 2000, PolynomialSteps = 2000;
    public const double PolynomialLearningRate = 1e-6;
    public static readonly double[] PolynomialStart = [0.3, -0.5, 0.8, -0.2];

    // 5: make_regression(n_samples=1500, n_features=1, noise=0.3, bias=2), 30 steps at lr 0.1.
    public const int RegressionSamples = 1500, RegressionSteps = 30;
    public const double RegressionNoise = 0.3, RegressionBias = 2, RegressionLearningRate = 0.1;

    // 6: 2048 points of x² + 0.03·noise, 80/20 split, batches of 128, Adam lr 1e-3, 100 epochs.
    public const int MlpPoints = 2048, MlpEpochs = 100, MlpBatchSize = 128;
    public const double MlpNoise = 0.03, MlpLearningRate = 1e-3, MlpTrainFraction = 0.8;
    /// <summary>Epochs of Adam the grader adds to a network whose validation MSE is over the limit, to tell an
    /// under-trained network (it keeps improving) from one that cannot fit (it does not).</summary>
    public const int MlpExtraEpochs = 20;
    /// <summary>Parameters of Linear(1,32), Linear(32,32), Linear(32,1).</summary>
    public const int MlpParameterCount = 1 * 32 + 32 + 32 * 32 + 32 + 32 * 1 + 1;
}
