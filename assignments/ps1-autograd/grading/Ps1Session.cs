using Grading.Core.Assignments;
using Grading.Core.Figures;
using Grading.Core.Running;
using Ps1Autograd.Grading.Data;
using Ps1Autograd.Grading.Reference;
using Ps1Autograd.Grading.Spec;
using Grading.Torch;
using TorchSharp;

namespace Ps1Autograd.Grading;

/// <summary>
/// The prepared housing data and its reference solution. Every call gets fresh copies, so a section
/// that modifies its input in place cannot change what the next section sees.
/// </summary>
public sealed class Ps1Session : IAssignmentSession
{
    private readonly RegressionDataset _data;

    private Ps1Session(RegressionDataset data, LeastSquaresReference reference, DeviceChoice device, DeviceInventory? devices)
    {
        _data = data;
        Reference = reference;
        Device = device.Device;
        DeviceNote = device.Note;
        DeviceName = devices?.NameOf(device.Device);
        CudaVersion = device.Device == "cuda" ? devices?.CudaVersion : null;
        LibTorchVersion = devices?.LibTorchVersion;
    }

    public LeastSquaresReference Reference { get; }
    object IAssignmentSession.Reference => Reference;
    /// <summary>The least-squares weights, the optimal loss and the stability bound, for every report.</summary>
    public ValueTable Summary => new("Least-squares reference (QR, float64)",
    [
        .. Reference.Weights.Select((w, j) => new NamedValue($"b{j}", w, j < Reference.WeightNames.Count ? Reference.WeightNames[j] : "")),
        new NamedValue("optimal MSE", Reference.OptimalLoss, "the loss of these weights"),
        new NamedValue("2/λmax", Reference.StableLearningRateBound,
            "gradient descent diverges at learning rates above this bound"),
    ]);
    ValueTable? IAssignmentSession.Summary => Summary;
    public string Device { get; }
    public string DeviceNote { get; }
    public string? DeviceName { get; }
    public string? CudaVersion { get; }
    public global::Grading.Core.Running.Memory.ISafeCollectionPoint? CollectionPoint => global::Grading.Torch.TensorCreationPoint.Instance;
    public string? LibTorchVersion { get; }

    public static Ps1Session Open(AssignmentSpec spec, GradingOptions options)
    {
        var data = DatasetPreparer.Prepare(Ps1Blocks.DataOf(spec), spec.Directory);
        var reference = new LeastSquaresReference(data);
        if (!spec.Sections.Any(s => s.UsesTensors)) return new Ps1Session(data, reference, new DeviceChoice("cpu", "no tensor sections"), null);
        var choice = TorchDevice.Resolve(options.Device, TorchDeviceProbe.Default);
        TorchDevice.Prepare(choice.Device);
        return new Ps1Session(data, reference, choice, TorchDeviceProbe.Default.Probe());
    }

    /// <summary>A fresh copy of the real data, or of the hidden variant made from <paramref name="variantSeed"/>
    /// (<see cref="VariantDataset"/>) when one is given.</summary>
    public HousingData FreshData(int? variantSeed = null)
    {
        var data = DataOf(variantSeed);
        return new(data.X.Clone(), data.Y.Clone());
    }

    /// <summary>The grader's own copy of that data, to compare a section's copy with after the call: never handed to a section.</summary>
    internal HousingData Pristine(int? variantSeed = null)
    {
        var data = DataOf(variantSeed);
        return new(data.X, data.Y);
    }

    /// <summary>Tensors of that data on the grading device; the caller disposes them.</summary>
    public HousingTensors FreshTensors(int? variantSeed = null)
    {
        var data = DataOf(variantSeed);
        return new(TensorConversion.ToTensor(data.X, Device), TensorConversion.ToTensor(data.Y, Device));
    }

    private RegressionDataset DataOf(int? variantSeed) => variantSeed is { } seed ? Reference.Variant(seed).Data : _data;

    /// <summary>Seeds torch's global generator so tensor sections start from the same weights every run.</summary>
    public static void SeedTorch(int seed) => torch.manual_seed(seed);

    public void Dispose()
    {
    }
}
