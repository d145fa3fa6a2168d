namespace Grading.Core.Isolation;

/// <summary>What a worker process is started with (as <c>grader worker</c> options).</summary>
/// <param name="RequestPipe">Inherited pipe handle the parent writes requests to.</param>
/// <param name="ResponsePipe">Inherited pipe handle the worker answers on.</param>
public sealed record WorkerArguments(string SpecPath, string Device, double TimeLimitFactor, string RequestPipe, string ResponsePipe);
