using Grading.Core.Running;

namespace Grading.Core.Isolation;

/// <summary>What asking a worker to run a section gave: the run, or nothing because the worker died
/// (<see cref="Overran"/> false) or did not answer in time (true).</summary>
public sealed record WorkerAnswer(SectionRun? Run, bool Overran);
