namespace Grading.Core.Bulk;

/// <summary>
/// What a bulk run knows of one student, written (atomically, last) beside their result: who they
/// are, how grading went, and the content key it was graded under. A record whose key matches the
/// submission and assignment of a later run means that student is done.
/// </summary>
public sealed record StudentRecord
{
    public required RosterEntry Student { get; init; }
    public required StudentStatus Status { get; init; }
    /// <summary>The submission's hash with the assignment's run key (<see cref="AssignmentKeys.Run"/>).</summary>
    public required string Key { get; init; }
    /// <summary>The assignment's scoring key its result was scored under (<see cref="AssignmentKeys.Scoring"/>);
    /// null in records from before keys were split, whose <see cref="Key"/> no longer matches anyway.</summary>
    public string? ScoringKey { get; init; }
    /// <summary>The folder or zip graded (null when nothing was handed in).</summary>
    public string? Source { get; init; }
    /// <summary>Why the student could not be graded.</summary>
    public string? Error { get; init; }
    public string? Note { get; init; }
}
