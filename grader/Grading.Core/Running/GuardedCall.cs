namespace Grading.Core.Running;

/// <summary>The result of one guarded call into student code.</summary>
public sealed record GuardedCall<T>(T? Value, RunOutcome Outcome, string? Error, double DurationMs, CapturedOutput Output)
{
    public bool Completed => Outcome == RunOutcome.Completed;
}
