namespace Grading.Reports.Audit;

/// <summary>Everything the audit page shows, already formatted as text; the template only lays it out and encodes it.</summary>
internal sealed record AuditView
{
    public required string AssignmentTitle { get; init; }
    public required string AssignmentId { get; init; }
    public required string AuditedAt { get; init; }
    public required string GraderVersion { get; init; }
    public required string Operators { get; init; }
    public required int Jobs { get; init; }
    public required string WallTime { get; init; }
    public required int Graded { get; init; }
    public required int Resumed { get; init; }
    /// <summary>"80.0%", or "" when no threshold was asked for.</summary>
    public required string Threshold { get; init; }
    /// <summary>"passed", "failed" or "none" (no threshold): a class name and a word.</summary>
    public required string Verdict { get; init; }
    /// <summary>The verdict in a sentence, naming the sections below the threshold.</summary>
    public required string VerdictText { get; init; }
    public required IReadOnlyList<AuditRowView> Sections { get; init; }
    public required AuditRowView Total { get; init; }
    public required int SurvivorCount { get; init; }
    /// <summary>Per section, its survivors; only sections that have any.</summary>
    public required IReadOnlyList<SurvivorGroupView> SurvivorGroups { get; init; }
    /// <summary>Mutants a time or memory limit stopped: noticed, but not by a check.</summary>
    public required IReadOnlyList<StoppedMutantView> Stopped { get; init; }
    public required IReadOnlyList<ListedMutantView> Equivalent { get; init; }
    public required IReadOnlyList<KilledGroupView> KilledGroups { get; init; }
    public required int KilledCount { get; init; }
    public required IReadOnlyList<ListedMutantView> NotCompiled { get; init; }
    public required IReadOnlyList<ListedMutantView> Unreached { get; init; }
}
