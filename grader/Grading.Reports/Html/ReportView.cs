namespace Grading.Reports.Html;

/// <summary>What the report template renders: the result, projected into display-ready values.
/// Everything here is plain text (the template encodes it) except the SVG plots.</summary>
public sealed record ReportView
{
    public required string Student { get; init; }
    public required string AssignmentId { get; init; }
    public required string AssignmentTitle { get; init; }
    public required string GradedAt { get; init; }
    public required string Score { get; init; }
    public required string MaxScore { get; init; }
    public required string PendingPoints { get; init; }
    public required bool HasPending { get; init; }
    public required string Percent { get; init; }
    public required bool Compiled { get; init; }
    public required IReadOnlyList<DiagnosticView> Diagnostics { get; init; }
    /// <summary>The grader's warnings about the files (how they were read, policy breaches nothing reaches), not the compiler's.</summary>
    public required IReadOnlyList<DiagnosticView> Notes { get; init; }
    public required IReadOnlyList<SectionView> Sections { get; init; }
    public required IReadOnlyList<FactView> Environment { get; init; }
    /// <summary>The assignment's reference values, when its session gives them.</summary>
    public ReferenceView? Reference { get; init; }
}
