namespace Grading.Core.Audit;

/// <summary>One section's (or the whole audit's) count of mutants by status, and its mutation score.</summary>
/// <param name="Score">Detected (killed, timed out or crashed) ÷ (all − equivalent − not compiled − unreached), in
/// percent; null when no mutant counts.</param>
public sealed record SectionAuditScore(
    string Section, string Title, int Mutants, int Killed, int Survived, int TimedOut, int Crashed,
    int NotCompiled, int Equivalent, int Unreached, double? Score)
{
    /// <summary>The mutants the score is over.</summary>
    public int Counted => Mutants - NotCompiled - Equivalent - Unreached;

    public static SectionAuditScore Of(string section, string title, IReadOnlyCollection<MutantResult> results)
    {
        int Count(MutantStatus status) => results.Count(r => r.Status == status);
        int killed = Count(MutantStatus.Killed), survived = Count(MutantStatus.Survived);
        int timedOut = Count(MutantStatus.TimedOut), crashed = Count(MutantStatus.Crashed);
        int counted = killed + survived + timedOut + crashed;
        double? score = counted == 0 ? null : 100.0 * (killed + timedOut + crashed) / counted;
        return new SectionAuditScore(section, title, results.Count, killed, survived, timedOut, crashed,
            Count(MutantStatus.NotCompiled), Count(MutantStatus.Equivalent), Count(MutantStatus.Unreached), score);
    }
}
