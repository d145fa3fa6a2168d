using Grading.Torch;
using TorchSharp;

namespace Grading.Tests.Torch;

/// <summary>
/// The hook the memory collector runs its collections from: it must call back for every tensor made on the thread it
/// was installed on, and nowhere else, and must keep no tensor alive nor change how tensors are disposed.
/// </summary>
public class TensorCreationPointTests
{
    [OneTimeSetUp]
    public void LoadTorch() => TorchRuntime.EnsureLoaded();

    [Test]
    public void Supported_ThisTorchSharp_HasTheInternalsTheHookReads()
    {
        Assert.That(TensorCreationPoint.Supported, Is.True, "TorchSharp's DisposeScope.Disposables or Tensor.OwningDisposeScope changed: "
            + "the memory collector would never run (see TensorCreationPoint)");
    }

    [Test]
    public void Install_TensorsMadeOnTheThread_CallBackOncePerTensor()
    {
        int calls = 0;
        int before = -1, after = -1;
        OnOwnThread(() =>
        {
            TensorCreationPoint.Instance.Install(() => calls++);
            before = calls;
            using var a = torch.ones(3);
            using var b = a + a;
            using var c = (b * 2).sum();
            after = calls;
        });

        Assert.That(before, Is.Zero);
        Assert.That(after, Is.GreaterThanOrEqualTo(4), "ones, +, * and sum each made a tensor");
    }

    [Test]
    public void Install_OtherThreads_AreNotCalledBack()
    {
        int calls = 0;
        OnOwnThread(() => TensorCreationPoint.Instance.Install(() => Interlocked.Increment(ref calls)));
        using var elsewhere = torch.ones(3) + 1;

        Assert.That(calls, Is.Zero);
    }

    [Test]
    public void Install_TensorsNobodyHolds_AreStillCollected()
    {
        WeakReference? made = null;
        OnOwnThread(() =>
        {
            TensorCreationPoint.Instance.Install(() => { });
            made = MakeAndDrop();
        });
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.That(made!.IsAlive, Is.False, "the hook's scope kept a tensor alive");
    }

    [Test]
    public void Install_DisposeAndStudentScopes_WorkAsWithoutTheHook()
    {
        bool disposedValid = true, scopedValid = true, movedValid = false;
        OnOwnThread(() =>
        {
            TensorCreationPoint.Instance.Install(() => { });
            var a = torch.ones(3);
            a.Dispose();
            disposedValid = !a.IsInvalid;
            torch.Tensor kept;
            torch.Tensor inner;
            using (torch.NewDisposeScope())
            {
                inner = torch.ones(2);
                kept = torch.zeros(2).MoveToOuterDisposeScope();
            }
            scopedValid = !inner.IsInvalid;
            movedValid = !kept.IsInvalid;
            kept.Dispose();
        });

        Assert.That(disposedValid, Is.False, "Dispose freed the tensor");
        Assert.That(scopedValid, Is.False, "the student's own scope freed its tensor");
        Assert.That(movedValid, Is.True, "a tensor moved out of the student's scope lives on");
    }

    private static WeakReference MakeAndDrop() => new(torch.ones(1000) * 2);

    private static void OnOwnThread(Action body)
    {
        Exception? thrown = null;
        var thread = new Thread(() =>
        {
            try { body(); } catch (Exception e) { thrown = e; }
        });
        thread.Start();
        thread.Join();
        if (thrown is not null) throw new AssertionException($"on the hook's thread: {thrown}");
    }
}
