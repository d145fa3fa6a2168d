namespace Grading.Core.Isolation;

/// <summary>A started worker with the control groups it runs in, for one submission; disposing ends both.</summary>
public sealed class WorkerLease(WorkerProcess worker, CgroupLimits? limits, long memoryBytes) : IDisposable
{
    public WorkerProcess Worker => worker;
    public CgroupLimits? Limits => limits;
    public long MemoryBytes => memoryBytes;

    /// <summary>Ends the worker at once (after a timeout or crash: no polite exit).</summary>
    public void Kill() => worker.Kill();

    public void Dispose()
    {
        worker.Dispose();
        limits?.Dispose();
    }
}
