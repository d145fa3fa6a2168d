namespace Grading.Core.Isolation;

/// <summary>A started worker with the control groups it runs in, for one section of one submission; disposing ends
/// both, and everything the worker started.</summary>
public sealed class WorkerLease(WorkerProcess worker, CgroupLimits? limits, long memoryBytes) : IDisposable
{
    public WorkerProcess Worker => worker;
    public CgroupLimits? Limits => limits;
    public long MemoryBytes => memoryBytes;

    /// <summary>Ends the worker at once (after a timeout or crash: no polite exit).</summary>
    public void Kill() => worker.Kill();

    public void Dispose()
    {
        // A worker that ran a section exits by itself; whatever it left behind goes with its groups (and its sandbox).
        worker.Dispose();
        limits?.Dispose();
    }
}
