namespace Grading.Core.Results;

/// <summary>Where and with what the grading ran, so a result can be explained later.</summary>
public sealed record EnvironmentInfo
{
    public required string GraderVersion { get; init; }
    public required string Os { get; init; }
    public required string Runtime { get; init; }
    public required string Machine { get; init; }
    public required int CpuThreads { get; init; }
    /// <summary>What was asked for: auto, cpu or cuda.</summary>
    public required string DeviceRequested { get; init; }
    /// <summary>Where tensor sections ran.</summary>
    public required string Device { get; init; }
    public required string DeviceNote { get; init; }
    /// <summary>What the device is: the CPU's model, or the GPU's name (e.g. "NVIDIA H100 80GB HBM3").</summary>
    public string? DeviceName { get; init; }
    /// <summary>The CUDA runtime libtorch loaded, and the driver's version; null when CUDA was not in use.</summary>
    public string? CudaVersion { get; init; }
    /// <summary>The libtorch in use and where it came from (e.g. "2.10.0 (NuGet libtorch-cpu-linux-x64)").</summary>
    public string? LibTorchVersion { get; init; }
}
