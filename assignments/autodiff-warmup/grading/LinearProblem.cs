namespace AutodiffWarmup.Grading;

/// <summary>Section 5's loss: the mean squared error of w·x + b.</summary>
public sealed class LinearProblem(double[] x, double[] y) : IDescentProblem
{
    public IReadOnlyList<string> Names { get; } = ["w", "b"];

    public int Samples => x.Length;

    public double Loss(double[] p) => Enumerable.Range(0, x.Length).Average(i => Math.Pow(p[0] * x[i] + p[1] - y[i], 2));

    public double[] Gradient(double[] p)
    {
        double gw = 0, gb = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double e = 2 * (p[0] * x[i] + p[1] - y[i]);
            gw += e * x[i];
            gb += e;
        }
        return [gw / x.Length, gb / x.Length];
    }
}
