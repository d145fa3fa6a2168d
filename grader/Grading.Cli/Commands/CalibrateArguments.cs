using Grading.Core.Running;

namespace Grading.Cli.Commands;

internal sealed record CalibrateArguments(string Assignment, DirectoryInfo? AssignmentsDir, DirectoryInfo? Fixtures, DirectoryInfo? Reference,
    int Jobs, string Format, string Device, IsolationMode Isolation);
