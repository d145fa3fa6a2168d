using MathNet.Numerics.LinearAlgebra;
using Ps1Autograd.Grading.Spec;

namespace Ps1Autograd.Grading.Data;

/// <summary>
/// A hidden variant of the prepared data, made from a seed the submission never sees (see docs/threat-model.md): a
/// random quarter to half of the rows, their feature columns standardized again on those rows as the notebook does, and a
/// new linear target y' = X'β' + ε with β' drawn from the seed. Its least-squares weights are about β', nothing like the
/// real data's, so weights that do not follow the data fail on it; and since X' is a re-standardized sample of X, the
/// learning rates that are stable on the real data are stable here too.
/// </summary>
public static class VariantDataset
{
    private const double Noise = 0.5;

    public static RegressionDataset Make(RegressionDataset real, int seed)
    {
        var random = new Random(seed); // the seeded generator's sequence is fixed across .NET versions
        int n = real.Rows;
        // An odd count: code that handles rows in blocks (SIMD lanes, batches, an unrolled loop) always has rows left
        // over on the check run, so a mistake in the leftover loop moves its steps (grader audit found such code untested).
        int rows = (n / 4 + random.Next(n / 4 + 1)) | 1;
        var chosen = Enumerable.Range(0, n).ToArray();
        for (int i = 0; i < rows; i++) // partial Fisher–Yates: the first `rows` entries are a uniform sample
        {
            int j = i + random.Next(n - i);
            (chosen[i], chosen[j]) = (chosen[j], chosen[i]);
        }
        Array.Sort(chosen, 0, rows);
        var x = Matrix<double>.Build.Dense(rows, real.X.ColumnCount, (i, j) => real.X[chosen[i], j]);
        bool intercept = real.FeatureNames.Count > 0 && real.FeatureNames[0] == DatasetPreparer.InterceptName;
        for (int j = intercept ? 1 : 0; j < x.ColumnCount; j++)
        {
            // With the sample deviation: which one only rescales the variant, which no answer can know in advance anyway.
            double[] column = x.Column(j).ToArray();
            if (DatasetPreparer.TryStandardize(column, Standardization.Sample)) x.SetColumn(j, column);
        }
        // Drawn in a plain loop: MathNet fills large vectors from an initializer in parallel, in no fixed order.
        var beta = Vector<double>.Build.DenseOfArray(Draw(random, x.ColumnCount, 1.0));
        var y = x * beta + Vector<double>.Build.DenseOfArray(Draw(random, rows, Noise));
        return new RegressionDataset(x, y, real.FeatureNames);
    }

    private static double[] Draw(Random random, int count, double scale)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++) values[i] = scale * Normal(random);
        return values;
    }

    // Box–Muller from the seeded generator.
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
