using System.Runtime.CompilerServices;
using Grading.Core.Running.Memory;

namespace Grading.Tests.Running.Memory;

/// <summary>
/// The gate's intent: while a student's thread runs, nothing is finalized except at the points it drains, however
/// another thread collects; and a student's thread that waits for the finalizers (as TorchSharp's factories do when
/// libtorch refuses a tensor) is not left waiting for ever.
/// </summary>
public class FinalizerGateTests
{
    [Test]
    public void Close_CollectedByAnotherThread_IsFinalizedOnlyAtTheDrain()
    {
        var gate = new FinalizerGate();
        var finalized = new ManualResetEventSlim();
        bool beforeDrain = true, afterDrain = false;
        OnOwnThread(() =>
        {
            gate.Close();
            Drop(finalized);
            // Another thread collects while this one is "in a native call": TorchSharp's race.
            var collector = new Thread(() => GC.Collect());
            collector.Start();
            while (collector.IsAlive) Thread.SpinWait(1000);
            beforeDrain = BusyFor(TimeSpan.FromMilliseconds(300), finalized);
            gate.Drain(collect: false);
            afterDrain = finalized.IsSet;
            gate.Open();
        });

        Assert.That(beforeDrain, Is.False, "a finalizer ran while the gate was closed");
        Assert.That(afterDrain, Is.True, "the drain did not run what the other thread's collection queued");
    }

    [Test]
    public void Drain_AfterTheRuntimeCollected_IsDueAndClosesAgain()
    {
        var gate = new FinalizerGate();
        bool dueBefore = true, dueAfterCollection = false, dueAfterDrain = true;
        OnOwnThread(() =>
        {
            gate.Close();
            dueBefore = gate.NeedsDrain;
            GC.Collect(0);
            dueAfterCollection = gate.NeedsDrain;
            gate.Drain(collect: false);
            dueAfterDrain = gate.NeedsDrain;
            gate.Open();
        });

        Assert.That(dueBefore, Is.False);
        Assert.That(dueAfterCollection, Is.True);
        Assert.That(dueAfterDrain, Is.False);
    }

    [Test]
    public void Close_HolderWaitsForPendingFinalizers_IsLetGoInsteadOfWaitingForEver()
    {
        var gate = new FinalizerGate();
        var finalized = new ManualResetEventSlim();
        bool returned = false, letGo = false;
        var holder = new Thread(() =>
        {
            gate.Close();
            Drop(finalized);
            GC.Collect();
            GC.WaitForPendingFinalizers(); // what torch.arange does when libtorch returns no tensor
            returned = true;
            letGo = gate.NeedsDrain;
            gate.Open();
        }) { IsBackground = true };
        holder.Start();

        Assert.That(holder.Join(TimeSpan.FromSeconds(20)), Is.True, "the student's thread waited for ever on the held finalizer thread");
        Assert.That(returned && finalized.IsSet, Is.True);
        Assert.That(letGo, Is.True, "letting go must make the next safe point hold the finalizers again");
    }

    /// <summary>Runs without waiting (a wait would let the finalizers go) for a while, or until finalized.</summary>
    private static bool BusyFor(TimeSpan time, ManualResetEventSlim finalized)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < time && !finalized.IsSet) Thread.SpinWait(1000);
        return finalized.IsSet;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Drop(ManualResetEventSlim finalized) => _ = new Finalizable(finalized);

    private static void OnOwnThread(Action body)
    {
        Exception? thrown = null;
        var thread = new Thread(() =>
        {
            try { body(); }
            catch (Exception e) { thrown = e; }
        }) { IsBackground = true };
        thread.Start();
        Assert.That(thread.Join(TimeSpan.FromSeconds(30)), Is.True, "the test's thread hung");
        if (thrown is not null) throw new AssertionException($"the test's thread threw: {thrown}");
    }

    private sealed class Finalizable(ManualResetEventSlim finalized)
    {
        ~Finalizable() => finalized.Set();
    }
}
