namespace Grading.Reports.Audit;

/// <summary>A section and the mutants of its code that kept every point.</summary>
internal sealed record SurvivorGroupView(string Section, string Title, string Anchor, IReadOnlyList<SurvivorView> Survivors);
