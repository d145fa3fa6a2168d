using Grading.Core.Bulk;
using Grading.Core.Running;

namespace Grading.Cli.Commands;

/// <summary>What <c>grader bulk</c> was asked.</summary>
internal sealed record BulkArguments(
    string Submissions, string Assignment, DirectoryInfo? AssignmentsDir, string Out, FileInfo? Roster, FileInfo? Scores,
    int Jobs, bool Regrade, string? Shard, string Device, IsolationMode Isolation, double TimeLimitFactor, DirectoryInfo? Reference,
    long? CanvasAssignmentId, string WorkerThreads, bool AllowUnsandboxed, MoodleIdentifier? MoodleIdentifier = null);
