namespace Grading.Core.Bulk;

/// <summary>What one student's turn in a bulk run did, for progress and the run's totals.</summary>
/// <param name="Skipped">The saved result was current (same content key), so nothing ran.</param>
/// <param name="Rescored">Only the scoring changed: the saved raw outputs were scored again, no code ran.</param>
public sealed record StudentOutcome(StudentRecord Record, bool Skipped, double? Score, double? MaxScore, TimeSpan Duration, bool Rescored = false);
