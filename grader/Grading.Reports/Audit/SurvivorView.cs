namespace Grading.Reports.Audit;

/// <summary>A mutant the checks let through: where the mistake is, the diff, and the checks that did not notice it.</summary>
internal sealed record SurvivorView
{
    public required string Id { get; init; }
    public required string Operator { get; init; }
    public required string Description { get; init; }
    /// <summary>"Network.cs:42".</summary>
    public required string Location { get; init; }
    public required string Member { get; init; }
    public required IReadOnlyList<DiffLineView> DiffLines { get; init; }
    /// <summary>The group's section's checks it passed (empty when that section has no grade recorded).</summary>
    public required IReadOnlyList<string> PassedChecks { get; init; }
    /// <summary>Whether the mutant has a grade of the group's section (a resumed or hand-edited report may lack one).</summary>
    public required bool Graded { get; init; }
    /// <summary>The other sections it reaches ("1.4, 1.5"), "" when none: it is listed under each of them too.</summary>
    public required string AlsoIn { get; init; }
    public required bool Resumed { get; init; }
}
