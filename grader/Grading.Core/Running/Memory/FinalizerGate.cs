using System.Runtime.CompilerServices;

namespace Grading.Core.Running.Memory;

/// <summary>
/// Holds the process's finalizer thread while student code runs, and lets it finalize only at the student thread's
/// safe points. TorchSharp passes raw handles to native calls and does not keep their owners alive: in <c>x * 0.1</c>
/// the implicit <c>Scalar</c> is unreachable once its handle is read, so a collection that any other thread starts
/// during the native call (the runtime's own threads allocate too) queues it, and its finalizer frees the scalar while
/// libtorch still reads it: "Unknown scalar type", "Expected false to be true", or a crash, about once in seventy
/// graded runs of a correct 1.3 under load. Objects queued while the finalizer thread is held are freed at the next safe
/// point, where no native call of the student's thread is in progress, so whatever was unreachable then stays unused.
/// </summary>
/// <remarks>The finalizer thread is single and takes the queue last-in first-out: the blocker, queued by a collection
/// of its own, runs ahead of anything queued with it, and everything queued later waits behind it. The blocker lets go
/// when the student's thread waits in managed code: TorchSharp's factories call <c>GC.WaitForPendingFinalizers</c> when
/// libtorch refuses a tensor, and would otherwise wait for ever; a thread waiting there is in no native call, so what was
/// queued until then is safe to free, and the next safe point holds the thread again. A student finalizer that never
/// returns holds the thread too, which is as safe; closing does not wait for it forever.</remarks>
internal sealed class FinalizerGate
{
    private static readonly TimeSpan HoldWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    // Never disposed: a blocker still waiting when the gate is dropped reads them (slim events hold no kernel handle).
    private readonly ManualResetEventSlim _open = new(true);
    private readonly ManualResetEventSlim _held = new(false);
    private int _collectionsSeen = -1;
    private Thread? _holder;
    private volatile bool _closing;
    private volatile bool _letGo;

    /// <summary>Stops finalizers from running until <see cref="Drain"/> or <see cref="Open"/>. On the student's
    /// thread, before its code or at a safe point.</summary>
    public void Close()
    {
        _holder = Thread.CurrentThread;
        _closing = true; // this thread waits below, which is not a reason to let go
        _open.Reset();
        _held.Reset();
        _letGo = false;
        Plant();
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        // Returns once the finalizer thread is inside the blocker; it is stuck in someone's finalizer if this times out,
        // and then runs nothing else either.
        _held.Wait(HoldWait);
        _closing = false;
        _collectionsSeen = GC.CollectionCount(0);
    }

    /// <summary>At a safe point: runs every finalizer queued since the gate closed (after a full collection when
    /// <paramref name="collect"/>), then closes it again.</summary>
    public void Drain(bool collect)
    {
        _open.Set();
        if (collect) GC.Collect();
        GC.WaitForPendingFinalizers();
        Close();
    }

    /// <summary>Whether the runtime has collected since the gate last closed (what it queued waits to be drained), or
    /// the blocker let go while the holder waited. Cheap enough for every safe point.</summary>
    public bool NeedsDrain => _letGo || GC.CollectionCount(0) != _collectionsSeen;

    /// <summary>Lets the finalizer thread go for good: the student's call is over.</summary>
    public void Open() => _open.Set();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Plant() => _ = new Blocker(this);

    private sealed class Blocker(FinalizerGate gate)
    {
        ~Blocker()
        {
            gate._held.Set();
            while (!gate._open.Wait(Poll))
            {
                if (!gate._closing && gate._holder is { } holder && (holder.ThreadState & ThreadState.WaitSleepJoin) != 0)
                {
                    gate._letGo = true;
                    return;
                }
            }
        }
    }
}
