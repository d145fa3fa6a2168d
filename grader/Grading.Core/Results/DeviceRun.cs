namespace Grading.Core.Results;

/// <summary>One tensor section's run on one device, for <c>--devices</c>. Only the primary device's run is scored
/// into the total; the others say whether the section behaves, and how fast it is, elsewhere.</summary>
public sealed record DeviceRun
{
    /// <summary><c>cpu</c> or <c>cuda</c>.</summary>
    public required string Device { get; init; }
    public string? DeviceName { get; init; }
    /// <summary>Whether this is the run the section's score comes from.</summary>
    public required bool Primary { get; init; }
    public required SectionStatus Status { get; init; }
    /// <summary>The points this run would have earned (informative for the non-primary devices).</summary>
    public required double Score { get; init; }
    public required double DurationMs { get; init; }
    /// <summary>This run's time ÷ the primary run's (0.25: four times faster than the primary device); null when
    /// either run did not complete, since a failed run's time compares nothing.</summary>
    public double? TimeRatio { get; init; }
    public string? FirstProblem { get; init; }
    /// <summary>The named values the run recorded, to compare devices.</summary>
    public IReadOnlyDictionary<string, double[]>? Values { get; init; }
}
