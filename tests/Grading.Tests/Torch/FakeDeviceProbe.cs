using Grading.Torch;

namespace Grading.Tests.Torch;

/// <summary>A machine as the tests describe it: with or without a GPU, without needing one.</summary>
internal sealed class FakeDeviceProbe(DeviceInventory inventory) : IDeviceProbe
{
    public static FakeDeviceProbe CpuOnly() => new(new DeviceInventory("Test CPU 3000", 0, null, null, "2.10.0 (test)"));

    public static FakeDeviceProbe WithGpus(int count = 1) =>
        new(new DeviceInventory("Test CPU 3000", count, "NVIDIA Test GPU", "CUDA runtime 12.8 (libcudart.so.12), driver 570.1", "2.10.0 (test)"));

    public DeviceInventory Probe() => inventory;
}
