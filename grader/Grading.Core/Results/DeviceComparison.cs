using Grading.Core.Devices;

namespace Grading.Core.Results;

/// <summary>The result's account of <c>--devices</c>: where the tensor sections ran, and where devices disagree.</summary>
public sealed record DeviceComparison
{
    /// <summary>The option as given (<c>all</c>, <c>cpu,cuda</c>).</summary>
    public required string Requested { get; init; }
    /// <summary>The devices used, the primary (scoring) one first.</summary>
    public required IReadOnlyList<ComputeDevice> Devices { get; init; }
    /// <summary>e.g. "no CUDA device: tensor sections ran on cpu only".</summary>
    public required string Note { get; init; }
    /// <summary>One per tensor section and device whose verdict (status or points) differs from another
    /// device's. Empty when they all agree.</summary>
    public required IReadOnlyList<DeviceDisagreement> Disagreements { get; init; }
}
