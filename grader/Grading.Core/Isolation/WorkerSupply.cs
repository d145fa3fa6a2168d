using System.Collections.Concurrent;
using Grading.Core.Grading;
using Grading.Core.Running;

namespace Grading.Core.Isolation;

/// <summary>
/// Hands out started workers, and starts spares in the background on request. A worker needs about a
/// second to load the runtime, the assignment and libtorch, none of which depends on the submission, so
/// spares warmed when grading begins start while the grader compiles and checks, and that second leaves
/// the critical path. Every section gets a fresh worker: a submission's spares are asked for together, one
/// per section, before any of its code runs, and started in that order, a few at a time
/// (<see cref="GradingOptions.ConcurrentWorkerStarts"/>): five runtimes loading at once would take the
/// cores from the compile and from the first sections, and the first section's worker would be ready no
/// sooner. A spare runs no code before it is handed out, and each lease serves one section of one submission.
/// </summary>
public sealed class WorkerSupply(string specPath, GradingOptions options, WorkerLaunch launch) : IDisposable
{
    // The .NET runtime and libtorch start about 30 threads; a submission may use a few more, not a fork bomb.
    public const int MaxProcesses = 256;
    // Loading the assignment, libtorch and the data in a new worker takes about a second.
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<long, ConcurrentQueue<Task<WorkerLease>>> _spares = new();
    private readonly object _warming = new();
    // Spare starts run in chains, each start after the one before it: FIFO, so the first section's comes first.
    private readonly Task[] _chains = Enumerable.Repeat(Task.CompletedTask, Math.Max(1, options.ConcurrentWorkerStarts)).ToArray();
    private int _nextChain;
    private volatile bool _disposed;

    public WorkerLaunch Launch => launch;

    /// <summary>A started worker under <paramref name="memoryBytes"/>: a spare when one is ready or starting, else a new one.</summary>
    /// <exception cref="WorkerStartException">The worker could not start.</exception>
    public WorkerLease Take(long memoryBytes)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!Queue(memoryBytes).TryDequeue(out var spare)) return Start(memoryBytes);
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

    /// <summary>Starts spares under <paramref name="memoryBytes"/> in the background until <paramref name="count"/> are there.</summary>
    public void Warm(long memoryBytes, int count = 1)
    {
        lock (_warming)
        {
            var queue = Queue(memoryBytes);
            while (!_disposed && queue.Count < count)
            {
                int chain = _nextChain++ % _chains.Length;
                var next = _chains[chain].ContinueWith(_ => Start(memoryBytes), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                _chains[chain] = next;
                queue.Enqueue(next);
            }
        }
        if (_disposed) DisposeSpares(); // raced with Dispose: do not leave a worker behind
    }

    private ConcurrentQueue<Task<WorkerLease>> Queue(long memoryBytes) => _spares.GetOrAdd(memoryBytes, _ => new());

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
        foreach (var queue in _spares.Values)
        {
            while (queue.TryDequeue(out var spare))
            {
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
}
