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
    public required string Key { get; init; }
    /// <summary>The folder or zip graded (null when nothing was handed in).</summary>
    public string? Source { get; init; }
    /// <summary>Why the student could not be graded.</summary>
    public string? Error { get; init; }
    public string? Note { get; init; }
}
