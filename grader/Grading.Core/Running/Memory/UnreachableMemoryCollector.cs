namespace Grading.Core.Running.Memory;

/// <summary>
/// Frees what student code left to the garbage collector before it reaches the section's memory limit. A TorchSharp
/// tensor is a small managed object holding native memory the collector does not see: a training loop that never
/// disposes its temporaries (no <c>NewDisposeScope</c>, as a student following the Python notebook writes it) makes
/// megabytes of native memory per kilobyte of managed objects, so the collector, which counts the kilobytes, runs far too
/// late (8 GB for PS1's 1.4) and the control group kills correct code. This watches the process's resident memory and,
/// each time it has grown by a step since the last collection, asks for a collection at the next safe point on the
/// student's thread (<see cref="ISafeCollectionPoint"/>), runs the finalizers (which free the tensors) there and hands
/// the freed heap back to the system (<c>malloc_trim</c>), so that what the limit counts is what is alive. Code that
/// disposes its tensors never grows that way and never meets it. Finalizers run only at those safe points, never
/// during a native call of the student's thread (<see cref="FinalizerGate"/>).
/// </summary>
internal sealed class UnreachableMemoryCollector : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);
    private const long MinimumStep = 64L << 20;

    private readonly long _step;
    private readonly ResidentMemoryReader _memory;
    private readonly Thread _thread;
    private readonly FinalizerGate _finalizers = new();
    // Plain flags, polled with Thread.Sleep: the watcher allocates nothing while student code runs (see ResidentMemoryReader).
    private volatile bool _stop;
    private volatile bool _requested;
    private volatile bool _collected;
    private long _freedBytes;
    private int _collections;

    private UnreachableMemoryCollector(long limitBytes, ResidentMemoryReader memory)
    {
        _memory = memory;
        // A quarter of the limit: few collections for code that leaks, and room for more steps before the limit.
        _step = Math.Max(MinimumStep, limitBytes / 4);
        _thread = new Thread(Watch) { IsBackground = true, Name = "grading memory collector" };
    }

    /// <summary>How many times memory was collected, and about how much that gave back.</summary>
    public int Collections => Volatile.Read(ref _collections);
    public long FreedBytes => Interlocked.Read(ref _freedBytes);

    /// <summary>Starts watching, for a call whose section may use <paramref name="limitBytes"/>; null where memory cannot be read.</summary>
    public static UnreachableMemoryCollector? Start(long limitBytes)
    {
        if (ResidentMemoryReader.Open() is not { } memory) return null;
        var collector = new UnreachableMemoryCollector(limitBytes, memory);
        collector._thread.Start();
        return collector;
    }

    /// <summary>On the student's thread, before its code runs: from here on finalizers run only at its safe points.</summary>
    public void HoldFinalizers() => _finalizers.Close();

    /// <summary>On the student's thread, when its code has returned. A call abandoned at its time limit never gets here,
    /// and the finalizers stay held while its thread may still be in a native call.</summary>
    public void ReleaseFinalizers() => _finalizers.Open();

    /// <summary>Called on the student's thread at a safe point: collects there when a collection is due, and otherwise
    /// runs the finalizers of what the runtime's own collections found unreachable (tensors on a GPU free nothing the
    /// resident memory shows, so they cannot wait for a step).</summary>
    public void AtSafePoint()
    {
        if (_requested)
        {
            _requested = false;
            _finalizers.Drain(collect: true);
            _collected = true;
        }
        else if (_finalizers.NeedsDrain)
        {
            _finalizers.Drain(collect: false);
        }
    }

    private void Watch()
    {
        long floor = _memory.Read() ?? 0;
        while (!_stop)
        {
            Thread.Sleep(Poll);
            if (_memory.Read() is not { } resident) continue;
            floor = Math.Min(floor, resident); // memory the code gave back itself lowers the next step too
            if (resident < floor + _step) continue;
            _collected = false;
            _requested = true;
            // Until the student's thread reaches a safe point; code that makes no tensors never does, and needs none of this.
            while (!_collected)
            {
                if (_stop) return;
                Thread.Sleep(Poll);
            }
            NativeHeap.Trim(); // the finalizers ran on the student's thread before it set _collected
            long after = _memory.Read() ?? resident;
            Interlocked.Add(ref _freedBytes, Math.Max(0, resident - after));
            Interlocked.Increment(ref _collections);
            floor = after;
        }
    }

    public void Dispose()
    {
        _stop = true;
        // The watcher sees _stop within one poll; a second is plenty, and a call abandoned at its limit is not waited for.
        if (_thread.Join(TimeSpan.FromSeconds(1))) _memory.Dispose();
    }
}
