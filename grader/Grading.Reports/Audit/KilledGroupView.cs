namespace Grading.Reports.Audit;

/// <summary>A section and the mutants of its code that the checks noticed.</summary>
internal sealed record KilledGroupView(string Section, string Title, IReadOnlyList<KilledMutantView> Killed);
