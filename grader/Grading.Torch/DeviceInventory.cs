namespace Grading.Torch;

/// <summary>What this machine offers tensor sections, as a device probe found it.</summary>
/// <param name="CpuName">The CPU's model, e.g. "Intel(R) Xeon(R) Platinum 8480+".</param>
/// <param name="CudaDeviceCount">CUDA devices libtorch can use: 0 on a CPU build or without a GPU.</param>
/// <param name="CudaDeviceName">The first CUDA device's name, when there is one and it could be read.</param>
/// <param name="CudaVersion">The CUDA runtime libtorch loaded and the driver's version, when CUDA is in use.</param>
/// <param name="LibTorchVersion">The libtorch in use and where it came from.</param>
public sealed record DeviceInventory(string CpuName, int CudaDeviceCount, string? CudaDeviceName, string? CudaVersion, string LibTorchVersion)
{
    public bool CudaAvailable => CudaDeviceCount > 0;

    /// <summary>The name of <c>cpu</c> or <c>cuda</c>.</summary>
    public string? NameOf(string device) => device == "cuda" ? CudaDeviceName : CpuName;
}
