using Grading.Core.Assignments;
using Grading.Core.Running;
using Grading.Torch;
using TorchSharp;

namespace AutodiffWarmup.Grading;

/// <summary>
/// The assignment's data (generated deterministically from the spec's seed) and the grader's own reference.
/// Tensors are made fresh for every call, so a section that changes its input cannot affect another.
/// </summary>
public sealed class AutodiffSession : IAssignmentSession
{
    private AutodiffSession(AutodiffReference reference, RegressionData regression, double[] polynomialX, ParabolaData parabola,
        string device, string note, int seed)
    {
        Reference = reference;
        Regression = regression;
        PolynomialX = polynomialX;
        Parabola = parabola;
        Device = device;
        DeviceNote = note;
        Seed = seed;
    }

    public AutodiffReference Reference { get; }
    object IAssignmentSession.Reference => Reference;
    public RegressionData Regression { get; }
    public double[] PolynomialX { get; }
    public ParabolaData Parabola { get; }
    public string Device { get; }
    public string DeviceNote { get; }
    public string? LibTorchVersion => TorchRuntime.Version;
    public global::Grading.Core.Running.Memory.ISafeCollectionPoint? CollectionPoint => TensorCreationPoint.Instance;
    public int Seed { get; }

    public static AutodiffSession Open(AssignmentSpec spec, GradingOptions options)
    {
        var regression = RegressionData.Make(AutodiffSettings.RegressionSamples, AutodiffSettings.RegressionNoise, AutodiffSettings.RegressionBias, spec.Seed);
        double[] polynomialX = LeastSquaresCubic.Linspace(-Math.PI, Math.PI, AutodiffSettings.PolynomialPoints);
        var parabola = ParabolaData.Make(AutodiffSettings.MlpPoints, AutodiffSettings.MlpNoise, AutodiffSettings.MlpTrainFraction, spec.Seed);
        var reference = AutodiffReference.Build(regression, polynomialX, polynomialX.Select(Math.Sin).ToArray());
        var (device, note) = TorchDevice.Resolve(options.Device);
        return new AutodiffSession(reference, regression, polynomialX, parabola, device, note, spec.Seed);
    }

    /// <summary>A float64 tensor of <paramref name="values"/> on the grading device, shaped [n] or [n, 1].</summary>
    public torch.Tensor Tensor(double[] values, bool column = false) =>
        torch.tensor(values, column ? [values.Length, 1L] : [values.Length], torch.float64, torch.device(Device));

    public void Dispose()
    {
    }
}
