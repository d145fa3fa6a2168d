using Grading.Core.Checks;

namespace AutodiffWarmup.Grading;

/// <summary>
/// What the grader computed itself, independently of TorchSharp: analytic gradients, the least-squares cubic,
/// the true regression coefficients, and the losses whose descent it can replay (by run-value prefix).
/// </summary>
public sealed class AutodiffReference(IReadOnlyDictionary<string, double[]> values, IReadOnlyDictionary<string, DescentTask> descents)
    : IReferenceValues, IVariantReference
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, Lazy<AutodiffReference>> _variants = new();
    private double[]? _polynomialX;

    public IReadOnlyDictionary<string, double[]> Values { get; } = values;

    /// <summary>The descent each run-value prefix recorded, e.g. <c>manual</c> → (sin(x)·x² − 1)² at lr 1e-3 for 100 steps.</summary>
    public IReadOnlyDictionary<string, DescentTask> Descents { get; } = descents;

    public double[]? Value(string name) => Values.GetValueOrDefault(name);

    /// <summary>The reference of the hidden variant made from <paramref name="seed"/> (<see cref="AutodiffVariant"/>), made once per seed.</summary>
    public AutodiffReference Variant(int seed)
    {
        if (_variants.Count > 16) _variants.Clear(); // a class graded in bulk has a seed per submission: keep a few
        return _variants.GetOrAdd(seed, s => new(() =>
        {
            var variant = AutodiffVariant.Make(s);
            double[] x = _polynomialX ?? throw new InvalidOperationException("A variant reference has no variants of its own.");
            return Build(variant.Regression(), x, variant.PolynomialTarget(x), variant);
        })).Value;
    }

    IReferenceValues IVariantReference.ForVariant(int seed) => Variant(seed);

    /// <summary>The notebook's reference; with <paramref name="variant"/>, the hidden variant's, whose points and target
    /// replace the notebook's (its regression data and polynomial target are given).</summary>
    public static AutodiffReference Build(RegressionData regression, double[] polynomialX, double[] polynomialY, AutodiffVariant? variant = null)
    {
        var sinTarget = new SinTargetProblem(variant?.Target ?? AutodiffSettings.OptimisationTarget);
        double g = SinSquare.Derivative(variant?.SinX ?? AutodiffSettings.SinX);
        var values = new Dictionary<string, double[]>
        {
            ["cubic.grad"] = CubicGradient(variant?.CubicA ?? AutodiffSettings.CubicA, variant?.CubicB ?? AutodiffSettings.CubicB),
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
            ["hand"] = new(new PolynomialProblem(polynomialX, polynomialY), AutodiffSettings.PolynomialLearningRate, variant?.PolynomialSteps ?? AutodiffSettings.PolynomialSteps),
            ["linear"] = new(new LinearProblem(regression.X, regression.Y), AutodiffSettings.RegressionLearningRate, variant?.RegressionSteps ?? AutodiffSettings.RegressionSteps),
        };
        return new AutodiffReference(values, descents) { _polynomialX = variant is null ? polynomialX : null };
    }

    /// <summary>y = a³ − b² + 3: dy/da = 3a², dy/db = −2b.</summary>
    private static double[] CubicGradient(double a, double b) => [3 * a * a, -2 * b];
}
