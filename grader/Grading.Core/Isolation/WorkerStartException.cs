using Grading.Core.Grading;

namespace Grading.Core.Isolation;

/// <summary>A worker could not start. <see cref="HitMemoryLimit"/> tells a limit too low for the runtime
/// (the section's to lose) from anything else (the grader's problem).</summary>
public sealed class WorkerStartException(string message, bool hitMemoryLimit, Exception inner) : GradingException(message, inner)
{
    public bool HitMemoryLimit { get; } = hitMemoryLimit;
}
