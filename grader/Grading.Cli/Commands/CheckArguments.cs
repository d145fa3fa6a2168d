namespace Grading.Cli.Commands;

/// <summary>What <c>grader check</c> was asked.</summary>
internal sealed record CheckArguments(
    FileSystemInfo Submission, string Assignment, FileInfo? Json, FileInfo? Html, string Device, string? Student,
    DirectoryInfo? AssignmentsDir, DirectoryInfo? Reference, Grading.Core.Running.IsolationMode Isolation, double TimeLimitFactor,
    string? Devices, string? Format = null, FileInfo? Output = null);
