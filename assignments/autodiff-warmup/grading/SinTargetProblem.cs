namespace AutodiffWarmup.Grading;

/// <summary>Section 3's loss (sin(x)·x² − target)² of one parameter x.</summary>
public sealed class SinTargetProblem(double target) : IDescentProblem
{
    public IReadOnlyList<string> Names { get; } = ["x"];

    public double Loss(double[] parameters) => Math.Pow(SinSquare.Value(parameters[0]) - target, 2);

    public double[] Gradient(double[] parameters) =>
        [2 * (SinSquare.Value(parameters[0]) - target) * SinSquare.Derivative(parameters[0])];
}
