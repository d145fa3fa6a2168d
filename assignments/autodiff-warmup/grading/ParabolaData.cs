namespace AutodiffWarmup.Grading;

/// <summary>Section 6's data: x uniform on [−1, 1], y = x² + noise·N(0, 1), split in order into training and validation.</summary>
public sealed record ParabolaData(double[] TrainX, double[] TrainY, double[] ValidX, double[] ValidY)
{
    public static ParabolaData Make(int points, double noise, double trainFraction, int seed)
    {
        var random = new Gaussian(seed);
        var x = new double[points];
        var y = new double[points];
        for (int i = 0; i < points; i++)
        {
            x[i] = 2 * random.Uniform() - 1;
            y[i] = x[i] * x[i] + noise * random.Next();
        }
        int train = (int)(trainFraction * points);
        return new ParabolaData(x[..train], y[..train], x[train..], y[train..]);
    }
}
