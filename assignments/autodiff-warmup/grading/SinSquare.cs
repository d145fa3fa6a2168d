namespace AutodiffWarmup.Grading;

/// <summary>f(x) = sin(x)·x² and its analytic derivative 2x·sin x + x²·cos x, in float64.</summary>
public static class SinSquare
{
    public static double Value(double x) => Math.Sin(x) * x * x;

    public static double Derivative(double x) => 2 * x * Math.Sin(x) + x * x * Math.Cos(x);
}
