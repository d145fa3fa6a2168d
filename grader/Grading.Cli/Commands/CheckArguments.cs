namespace Grading.Cli.Commands;

/// <summary>What <c>grader check</c> was asked (<see cref="Assignment"/> null: the submission's contracts say which).</summary>
internal sealed record CheckArguments(
    FileSystemInfo Submission, string? Assignment, FileInfo? Json, FileInfo? Html, string Device, string? Student,
    DirectoryInfo? AssignmentsDir, DirectoryInfo? Reference, Grading.Core.Running.IsolationMode Isolation, double TimeLimitFactor,
    string? Devices, string? Format = null, FileInfo? Output = null);
