namespace Grading.Core.Audit;

/// <summary>An assignment's audit.yml: the mutants listed as equivalent, with their reasons.</summary>
public sealed record AuditSpec(IReadOnlyList<EquivalentMutant> Equivalent)
{
    public const string FileName = "audit.yml";

    public static AuditSpec None { get; } = new([]);

    /// <summary>The first entry that lists <paramref name="mutant"/>, if any.</summary>
    public EquivalentMutant? EquivalentEntryFor(Mutant mutant) => Equivalent.FirstOrDefault(e => e.Matches(mutant));
}
