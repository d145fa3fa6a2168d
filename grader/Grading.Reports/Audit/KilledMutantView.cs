namespace Grading.Reports.Audit;

/// <summary>A killed mutant and the first check that noticed it, with what that check told the "student".</summary>
/// <param name="Check">The check's name, with its section when another section noticed ("1.4: loss decreases").</param>
internal sealed record KilledMutantView(string Id, string Description, string Location, string Check, string Message);
