namespace Grading.Reports.Html;

/// <summary>One section of the report.</summary>
public sealed record SectionView
{
    public required string Id { get; init; }
    /// <summary>An HTML id for links: "section-1-2".</summary>
    public required string Anchor { get; init; }
    public required string Title { get; init; }
    public required string Points { get; init; }
    public required string PendingPoints { get; init; }
    public required bool HasPending { get; init; }
    /// <summary>passed, partial, failed, error, pending: the word is always shown, the colour only helps.</summary>
    public required string Status { get; init; }
    public required string StatusSymbol { get; init; }
    public required string Time { get; init; }
    /// <summary>"1.4× the reference (0.95 s)", or empty when the reference was not timed.</summary>
    public required string TimeRatio { get; init; }
    public string? Device { get; init; }
    public string? Error { get; init; }
    public string? FirstProblem { get; init; }
    public required IReadOnlyList<CheckView> Checks { get; init; }
    /// <summary>The harness's tables of submitted values beside the reference's.</summary>
    public required IReadOnlyList<TableView> Tables { get; init; }
    public required IReadOnlyList<ViolationView> Violations { get; init; }
    public required IReadOnlyList<AnswerView> Answers { get; init; }
    public required IReadOnlyList<PlotView> Plots { get; init; }
    public required string Output { get; init; }
    public required bool HasOutput { get; init; }
    /// <summary>"12,345 characters were cut from the middle." or empty.</summary>
    public required string OutputNote { get; init; }
    /// <summary>What was cut from the run at the grader's limits, one note each ("the loss history had 100,000,000 values; …").</summary>
    public IReadOnlyList<string> Cuts { get; init; } = [];
    /// <summary>The grader's advice that costs no points (e.g. tensors never disposed).</summary>
    public IReadOnlyList<string> Advice { get; init; } = [];
    /// <summary>With <c>check --devices</c>: the section's run on each device, the scored one first.</summary>
    public IReadOnlyList<DeviceRunView> DeviceRuns { get; init; } = [];
    /// <summary>Where the devices' verdicts differ, one sentence each.</summary>
    public IReadOnlyList<string> DeviceDisagreements { get; init; } = [];
}
