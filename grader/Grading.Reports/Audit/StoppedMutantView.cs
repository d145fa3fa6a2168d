namespace Grading.Reports.Audit;

/// <summary>A mutant a limit stopped (timed out, crashed), with the section that stopped and what it said.</summary>
internal sealed record StoppedMutantView(string Id, string Status, string Description, string Location, string Section, string Error);
