using Grading.Core.Running;

namespace Grading.Core.Isolation;

/// <summary>What asking a worker to run a section gave: the run; or nothing because the worker died
/// (<see cref="Overran"/> false), did not answer in time (true), or sent something that is not an answer
/// to the call (<see cref="Rejected"/> says what).</summary>
public sealed record WorkerAnswer(SectionRun? Run, bool Overran, string? Rejected = null);
