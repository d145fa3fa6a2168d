using System.Collections.Concurrent;
using Grading.Core.Grading;
using Grading.Core.Running;

namespace Grading.Core.Isolation;

/// <summary>
/// Hands out started workers, and starts spares in the background on request. A worker needs about a
/// second to load the runtime, the assignment and libtorch, none of which depends on the submission, so
/// a spare warmed when grading begins starts while the grader compiles and checks, and that second
/// leaves the critical path. Spares are warmed only between runs of student code, never during one,
/// so they do not take CPU from a section being timed. A spare runs no code before it is handed out,
/// and each lease serves one submission, so no two submissions ever share a worker.
/// </summary>
public sealed class WorkerSupply(string specPath, GradingOptions options, WorkerLaunch launch) : IDisposable
{
    // The .NET runtime and libtorch start about 30 threads; a submission may use a few more, not a fork bomb.
    public const int MaxProcesses = 256;
    // Loading the assignment, libtorch and the data in a new worker takes about a second.
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<long, Task<WorkerLease>> _spares = new();
    private volatile bool _disposed;

    /// <summary>A started worker under <paramref name="memoryBytes"/>: the spare when one is ready or starting, else a new one.</summary>
    /// <exception cref="WorkerStartException">The worker could not start.</exception>
    public WorkerLease Take(long memoryBytes)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_spares.TryRemove(memoryBytes, out var spare)) return Start(memoryBytes);
        try
        {
            return spare.GetAwaiter().GetResult();
        }
        catch (WorkerStartException)
        {
            // A spare that failed to start says nothing certain about now: start one in the open, whose error stands.
            return Start(memoryBytes);
        }
    }

    /// <summary>Starts a spare under <paramref name="memoryBytes"/> in the background, unless one is there.</summary>
    public void Warm(long memoryBytes)
    {
        if (_disposed || _spares.ContainsKey(memoryBytes)) return;
        var next = new Task<WorkerLease>(() => Start(memoryBytes));
        if (_spares.TryAdd(memoryBytes, next)) next.Start(TaskScheduler.Default);
        if (_disposed) DisposeSpares(); // raced with Dispose: do not leave a worker behind
    }

    private WorkerLease Start(long memoryBytes)
    {
        var limits = CgroupLimits.TryCreate(memoryBytes, MaxProcesses, out _);
        try
        {
            return new WorkerLease(WorkerProcess.Start(launch, specPath, options, StartupLimit, limits, memoryBytes), limits, memoryBytes);
        }
        catch (Exception e) when (e is GradingException or IOException)
        {
            bool hitMemoryLimit = limits is not null && limits.HitMemoryLimit();
            limits?.Dispose();
            throw new WorkerStartException(e.Message, hitMemoryLimit, e);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        DisposeSpares();
    }

    private void DisposeSpares()
    {
        foreach (long key in _spares.Keys)
        {
            if (!_spares.TryRemove(key, out var spare)) continue;
            try
            {
                spare.GetAwaiter().GetResult().Dispose();
            }
            catch (WorkerStartException)
            {
                // nothing started, nothing to end
            }
        }
    }
}
