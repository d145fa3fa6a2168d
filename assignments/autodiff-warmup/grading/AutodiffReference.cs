using Grading.Core.Checks;

namespace AutodiffWarmup.Grading;

/// <summary>
/// What the grader computed itself, independently of TorchSharp: analytic gradients, the least-squares cubic,
/// the true regression coefficients, and the losses whose descent it can replay (by run-value prefix).
/// </summary>
public sealed class AutodiffReference(IReadOnlyDictionary<string, double[]> values, IReadOnlyDictionary<string, DescentTask> descents) : IReferenceValues
{
    public IReadOnlyDictionary<string, double[]> Values { get; } = values;

    /// <summary>The descent each run-value prefix recorded, e.g. <c>manual</c> → (sin(x)·x² − 1)² at lr 1e-3 for 100 steps.</summary>
    public IReadOnlyDictionary<string, DescentTask> Descents { get; } = descents;

    public double[]? Value(string name) => Values.GetValueOrDefault(name);

    public static AutodiffReference Build(RegressionData regression, double[] polynomialX, double[] polynomialY)
    {
        var sinTarget = new SinTargetProblem(AutodiffSettings.OptimisationTarget);
        double g = SinSquare.Derivative(AutodiffSettings.SinX);
        var values = new Dictionary<string, double[]>
        {
            ["cubic.grad"] = CubicGradient(AutodiffSettings.CubicA, AutodiffSettings.CubicB),
            ["cubic.grad.other"] = CubicGradient(AutodiffSettings.OtherCubicA, AutodiffSettings.OtherCubicB),
            ["sin.grad"] = [g],
            ["sin.grad.other"] = [SinSquare.Derivative(AutodiffSettings.OtherSinX)],
            ["accumulation"] = [g, 2 * g, g],
            ["cubic.least-squares"] = LeastSquaresCubic.Fit(polynomialX, polynomialY),
            ["linear.truth"] = [regression.Coefficient, regression.Bias],
        };
        var optimisation = new DescentTask(sinTarget, AutodiffSettings.OptimisationLearningRate, AutodiffSettings.OptimisationSteps);
        var descents = new Dictionary<string, DescentTask>
        {
            ["manual"] = optimisation,
            ["optimizer"] = optimisation,
            ["hand"] = new(new PolynomialProblem(polynomialX, polynomialY), AutodiffSettings.PolynomialLearningRate, AutodiffSettings.PolynomialSteps),
            ["linear"] = new(new LinearProblem(regression.X, regression.Y), AutodiffSettings.RegressionLearningRate, AutodiffSettings.RegressionSteps),
        };
        return new AutodiffReference(values, descents);
    }

    /// <summary>y = a³ − b² + 3: dy/da = 3a², dy/db = −2b.</summary>
    private static double[] CubicGradient(double a, double b) => [3 * a * a, -2 * b];
}
