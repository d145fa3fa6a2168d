namespace AutodiffWarmup.Grading;

/// <summary>Section 4's loss: the summed squared error of a + bx + cx² + dx³ against sin x, as the lecture writes it.</summary>
public sealed class PolynomialProblem(double[] x, double[] y) : IDescentProblem
{
    public IReadOnlyList<string> Names { get; } = ["a", "b", "c", "d"];

    public int Samples => x.Length;

    public bool Summed => true;

    public double Loss(double[] w) => Enumerable.Range(0, x.Length).Sum(i => Math.Pow(Predict(w, x[i]) - y[i], 2));

    public double[] Gradient(double[] w)
    {
        var g = new double[4];
        for (int i = 0; i < x.Length; i++)
        {
            double e = 2 * (Predict(w, x[i]) - y[i]), power = 1;
            for (int k = 0; k < 4; k++, power *= x[i]) g[k] += e * power;
        }
        return g;
    }

    private static double Predict(double[] w, double x) => w[0] + x * (w[1] + x * (w[2] + x * w[3]));
}
