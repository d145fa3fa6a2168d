namespace Grading.Core.Audit;

/// <summary>A mutant and what grading it showed.</summary>
public sealed record MutantResult
{
    public required Mutant Mutant { get; init; }
    public required MutantStatus Status { get; init; }
    /// <summary>Why audit.yml lists it as equivalent (only for <see cref="MutantStatus.Equivalent"/>).</summary>
    public string? EquivalentReason { get; init; }
    /// <summary>The graded sections (empty when it was not graded).</summary>
    public IReadOnlyList<MutantSectionGrade> Sections { get; init; } = [];
    /// <summary>The first compile error, for <see cref="MutantStatus.NotCompiled"/>.</summary>
    public string? CompileError { get; init; }
    /// <summary>Time to grade it, compile included (0 when not graded).</summary>
    public double DurationMs { get; init; }
    /// <summary>Taken from an earlier audit's saved grade of the same mutant under the same grader and assignment.</summary>
    public bool Resumed { get; init; }
}
