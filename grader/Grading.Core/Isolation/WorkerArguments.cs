namespace Grading.Core.Isolation;

/// <summary>What a worker process is started with (as <c>grader worker</c> options).</summary>
/// <param name="RequestPipe">Inherited pipe handle the parent writes requests to.</param>
/// <param name="ResponsePipe">Inherited pipe handle the worker answers on.</param>
/// <param name="MemoryLimitBytes">The memory the worker's section may use (its control group's limit), for the in-process
/// guards of <see cref="Running.GuardedInvoker"/>; null when not given.</param>
public sealed record WorkerArguments(string SpecPath, string Device, double TimeLimitFactor, string RequestPipe, string ResponsePipe, long? MemoryLimitBytes = null);
