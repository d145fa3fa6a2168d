namespace Grading.Core.Bulk;

/// <summary>
/// The two halves of an assignment's content key. <paramref name="Run"/> covers what changes what a
/// submission's code does or how it is run (the data, the sections' drivers, limits, rules and training
/// settings, the builds, the options); <paramref name="Scoring"/> covers the spec as a whole, so a change
/// to points or tolerances alone keeps <paramref name="Run"/> and changes only <paramref name="Scoring"/>:
/// the saved raw outputs are then scored again instead of the code being run again.
/// </summary>
public sealed record AssignmentKeys(string Run, string Scoring);
