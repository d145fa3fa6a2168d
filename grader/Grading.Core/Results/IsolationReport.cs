namespace Grading.Core.Results;

/// <summary>How the submission's code was isolated, and which limits were (and were not) in force.</summary>
public sealed record IsolationReport(string Mode, IReadOnlyList<LimitReport> Limits)
{
    public static IsolationReport InProcess(double outputLimitChars) => new("in-process",
    [
        new("time", "per section (assignment.yml)", "the call is abandoned at its limit; the grader cannot kill a thread", true),
        new("memory", "none", "not limited in-process: use --isolation process", false),
        new("output", $"{outputLimitChars:0} characters kept (head and tail)", "bounded capture", true),
        new("processes", "none", "not limited in-process", false),
        new("network", "not blocked", "not limited in-process", false),
    ]);
}
