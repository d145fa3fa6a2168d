using TorchSharp;

namespace Grading.Torch;

/// <summary>The real device probe: libtorch for CUDA devices, the OS for names and versions. A machine's
/// devices do not change while the grader runs, so <see cref="Default"/> probes once per process.</summary>
public sealed class TorchDeviceProbe : IDeviceProbe
{
    private readonly Lazy<DeviceInventory> _inventory = new(ProbeOnce);

    public static TorchDeviceProbe Default { get; } = new();

    public DeviceInventory Probe() => _inventory.Value;

    private static DeviceInventory ProbeOnce()
    {
        TorchRuntime.EnsureLoaded();
        // A CPU build has no libtorch_cuda: is_available() is false there, whatever the machine has.
        int count = torch.cuda.is_available() ? torch.cuda.device_count() : 0;
        var (name, cudaVersion) = count > 0 ? CudaRuntimeInfo.Describe() : (null, null);
        return new DeviceInventory(CpuModel.Describe(), count, name, cudaVersion, TorchRuntime.Version);
    }
}
