using Grading.Core.Checks;
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
    public string? Device { get; init; }
    public required string Output { get; init; }
    /// <summary>Characters of output cut from the middle (0 when nothing was cut).</summary>
    public long OutputTruncatedChars { get; init; }
    public string? Error { get; init; }
    public required IReadOnlyList<CheckOutcome> Checks { get; init; }
    /// <summary>The raw outputs (weights, loss history, learning rate, epochs, rule violations) the checks judged.</summary>
    public required SectionRun Raw { get; init; }

    /// <summary>The message to show first: the error, else the first failed check's.</summary>
    public string? FirstProblem => Error ?? Checks.FirstOrDefault(c => !c.Passed)?.Message;
}
