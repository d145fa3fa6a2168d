using Grading.Core.Assignments;
using Grading.Core.Data;
using Grading.Core.Reference;
using Grading.Core.Results;
using Grading.Core.Running;
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
    public ReferenceSummary Summary => new(Reference.WeightNames, Reference.Weights, Reference.OptimalLoss, Reference.StableLearningRateBound);
    ReferenceSummary? IAssignmentSession.Summary => Summary;
    public string Device { get; }
    public string DeviceNote { get; }
    public string? DeviceName { get; }
    public string? CudaVersion { get; }
    public string? LibTorchVersion { get; }

    public static Ps1Session Open(AssignmentSpec spec, GradingOptions options)
    {
        var data = DatasetPreparer.Prepare(spec.Data ?? throw new DataException("ps1-autograd needs a 'data' block in assignment.yml."), spec.Directory);
        var reference = new LeastSquaresReference(data);
        if (!spec.Sections.Any(s => s.UsesTensors)) return new Ps1Session(data, reference, new DeviceChoice("cpu", "no tensor sections"), null);
        var choice = TorchDevice.Resolve(options.Device, TorchDeviceProbe.Default);
        TorchDevice.Prepare(choice.Device);
        return new Ps1Session(data, reference, choice, TorchDeviceProbe.Default.Probe());
    }

    public HousingData FreshData() => new(_data.X.Clone(), _data.Y.Clone());

    /// <summary>Tensors on the grading device; the caller disposes them.</summary>
    public HousingTensors FreshTensors() => new(TensorConversion.ToTensor(_data.X, Device), TensorConversion.ToTensor(_data.Y, Device));

    /// <summary>Seeds torch's global generator so tensor sections start from the same weights every run.</summary>
    public static void SeedTorch(int seed) => torch.manual_seed(seed);

    public void Dispose()
    {
    }
}
