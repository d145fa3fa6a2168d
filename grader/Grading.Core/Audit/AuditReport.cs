namespace Grading.Core.Audit;

/// <summary>
/// Everything an audit found, the one model the terminal table, audit.json and audit.html are written from:
/// per section how many mutants of the reference the checks noticed, and every mutant with its diff and grade.
/// </summary>
public sealed record AuditReport
{
    public const int CurrentSchemaVersion = 1;
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string Assignment { get; init; }
    public required string AssignmentTitle { get; init; }
    public required DateTimeOffset AuditedAt { get; init; }
    /// <summary>The grader build that graded (its assembly's version id).</summary>
    public required string GraderVersion { get; init; }
    /// <summary>The operators applied, in order.</summary>
    public required IReadOnlyList<string> Operators { get; init; }
    public required int Jobs { get; init; }
    public required double WallSeconds { get; init; }
    /// <summary>Mutants graded in this run, and taken from an earlier run's saved grades.</summary>
    public required int Graded { get; init; }
    public required int Resumed { get; init; }
    /// <summary>The score below which the audit fails (--threshold), if one was asked for.</summary>
    public double? Threshold { get; init; }
    /// <summary>Per audited section, in the spec's order.</summary>
    public required IReadOnlyList<SectionAuditScore> Sections { get; init; }
    public required SectionAuditScore Total { get; init; }
    /// <summary>Every mutant, in section and source order.</summary>
    public required IReadOnlyList<MutantResult> Mutants { get; init; }

    /// <summary>The sections under the threshold (none when no threshold was asked for).</summary>
    public IReadOnlyList<SectionAuditScore> BelowThreshold =>
        Threshold is { } threshold ? Sections.Where(s => s.Score is { } score && score < threshold).ToList() : [];
}
