namespace Grading.Core.Audit;

/// <summary>
/// An entry of audit.yml's <c>equivalent:</c> list: mutants the instructor has judged no check can or should notice,
/// and why. Listed mutants are still graded: only a survivor becomes equivalent, one the checks notice stays killed. It names them by what they change, not by number (numbers shift when the reference is edited): every
/// field given must match, and a missing one matches anything.
/// </summary>
/// <param name="Original">The changed code as the report shows it (one line, whitespace collapsed).</param>
/// <param name="Statement">Text of the statement the change is in (<see cref="Mutant.Statement"/>).</param>
/// <param name="Inside">Text of the first line of a loop, if or scope whose body holds the change (<see cref="Mutant.Inside"/>).</param>
/// <param name="Line">Where the entry is in audit.yml, for messages.</param>
public sealed record EquivalentMutant(string? File, string? Member, string? Operator, string? Original, string? Replacement, string? Statement, string? Inside, string Reason, int Line)
{
    public bool Matches(Mutant mutant) =>
        (File is null || string.Equals(File, mutant.File, StringComparison.Ordinal))
        && (Member is null || string.Equals(Member, mutant.Member, StringComparison.Ordinal))
        && (Operator is null || string.Equals(Operator, mutant.Operator, StringComparison.Ordinal))
        && (Original is null || string.Equals(Original, mutant.Original, StringComparison.Ordinal))
        && (Replacement is null || string.Equals(Replacement, mutant.Replacement, StringComparison.Ordinal))
        && (Statement is null || mutant.Statement.Contains(Statement, StringComparison.Ordinal))
        && (Inside is null || mutant.Inside.Any(header => header.Contains(Inside, StringComparison.Ordinal)));
}
