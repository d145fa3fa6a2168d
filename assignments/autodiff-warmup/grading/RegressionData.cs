namespace AutodiffWarmup.Grading;

/// <summary>
/// One-feature data like scikit-learn's <c>make_regression(n_features=1, n_informative=1, noise, bias, coef=True)</c>:
/// x ~ N(0, 1), a true coefficient 100·U(0, 1), y = coefficient·x + bias + noise·N(0, 1). Deterministic for a seed
/// (numpy's generator cannot be reproduced in C#, so the numbers differ from sklearn's; the recipe does not).
/// </summary>
public sealed record RegressionData(double[] X, double[] Y, double Coefficient, double Bias)
{
    public static RegressionData Make(int samples, double noise, double bias, int seed)
    {
        var random = new Gaussian(seed);
        double coefficient = 100 * random.Uniform();
        var x = new double[samples];
        var y = new double[samples];
        for (int i = 0; i < samples; i++)
        {
            x[i] = random.Next();
            y[i] = coefficient * x[i] + bias + noise * random.Next();
        }
        return new RegressionData(x, y, coefficient, bias);
    }
}
