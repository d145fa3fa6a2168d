namespace Grading.Core.Results;

/// <summary>
/// The result document: one per graded submission, written as JSON (snake_case, see ResultJson).
/// Every exporter (table, HTML, Classroom) is a view of this model. Schema changes bump SchemaVersion.
/// </summary>
public sealed record GradingResult
{
    /// <summary>2: raw runs keep only generic named values and notes, figures are drawn by the harness (1: PS1's fields).</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public const int CurrentSchemaVersion = 2;
    public required string Assignment { get; init; }
    public required string AssignmentTitle { get; init; }
    public required string Student { get; init; }
    public required string Submission { get; init; }
    public required DateTimeOffset GradedAt { get; init; }
    public required double Score { get; init; }
    public required double MaxScore { get; init; }
    /// <summary>Points that passed the automatic checks and wait for a TA.</summary>
    public required double PendingPoints { get; init; }
    public required CompilationReport Compilation { get; init; }
    /// <summary>The session's named reference values for the report; null for assignments whose session gives none.</summary>
    public Figures.ValueTable? Reference { get; init; }
    public required IReadOnlyList<SectionResult> Sections { get; init; }
    public required EnvironmentInfo Environment { get; init; }
    /// <summary>With <c>--devices</c>: which devices the tensor sections ran on, and where they disagree (null otherwise).</summary>
    public DeviceComparison? Devices { get; init; }
    /// <summary>How the submission's code was isolated and which limits were in force (null in results from before isolation).</summary>
    public IsolationReport? Isolation { get; init; }
    public required TimingInfo Timing { get; init; }
}
