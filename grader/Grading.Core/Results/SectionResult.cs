using Grading.Core.Checks;
using Grading.Core.Figures;
using Grading.Core.Running;

namespace Grading.Core.Results;

/// <summary>One section of a result: the score, every check, what it printed, and the raw run.</summary>
public sealed record SectionResult
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required double Score { get; init; }
    public required double MaxScore { get; init; }
    public required double PendingPoints { get; init; }
    public required SectionStatus Status { get; init; }
    public required double DurationMs { get; init; }
    /// <summary>The reference solution's time for this section on the same machine, when it was measured.</summary>
    public double? ReferenceDurationMs { get; init; }
    public string? Device { get; init; }
    /// <summary>With <c>--devices</c>: this tensor section's run on every device, the primary (scored) one first.</summary>
    public IReadOnlyList<DeviceRun>? DeviceRuns { get; init; }
    public required string Output { get; init; }
    /// <summary>Characters of output cut from the middle (0 when nothing was cut).</summary>
    public long OutputTruncatedChars { get; init; }
    public string? Error { get; init; }
    public required IReadOnlyList<CheckOutcome> Checks { get; init; }
    /// <summary>The questions of a written section, in order (the answers are in <c>raw.answers</c>).</summary>
    public IReadOnlyList<string>? Questions { get; init; }
    /// <summary>The harness's charts and tables of this section, for the report (null when it draws none).</summary>
    public IReadOnlyList<SectionFigure>? Figures { get; init; }
    /// <summary>The raw outputs (named values, notes, answers, rule violations) the checks judged.</summary>
    public required SectionRun Raw { get; init; }

    /// <summary>The message to show first: the error, else the first failed check's.</summary>
    public string? FirstProblem => Error ?? Checks.FirstOrDefault(c => !c.Passed)?.Message;
}
