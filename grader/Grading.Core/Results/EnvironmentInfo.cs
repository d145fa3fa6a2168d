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
    public string? LibTorchVersion { get; init; }
}
