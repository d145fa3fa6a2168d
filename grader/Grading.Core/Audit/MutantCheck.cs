namespace Grading.Core.Audit;

/// <summary>A check that failed a mutant, and what it told the student.</summary>
public sealed record MutantCheck(string Name, double Points, double MaxPoints, string Message);
