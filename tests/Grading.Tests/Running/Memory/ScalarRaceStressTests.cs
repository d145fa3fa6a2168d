using System.Diagnostics;
using Grading.Core;
using Grading.Core.Running;
using Grading.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace Grading.Tests.Running.Memory;

/// <summary>
/// TorchSharp's race, as a rerunnable figure (explicit: it takes 20 s): the loop of a correct 1.3 (implicit scalars,
/// a dispose scope per epoch) while another thread keeps collecting. Without the gate, libtorch reads a scalar its
/// finalizer freed ("Unknown scalar type", "Expected false to be true"); in a worker's guarded call, never.
/// <c>dotnet test --filter "FullyQualifiedName~ScalarRaceStress"</c>.
/// </summary>
[Explicit("a 20-second stress run; name it in --filter to run it")]
public class ScalarRaceStressTests
{
    private static readonly TimeSpan Length = TimeSpan.FromSeconds(10);

    [Test]
    public void GuardedCall_AnotherThreadCollecting_NeverFreesAScalarInUse()
    {
        TorchRuntime.EnsureLoaded();
        var plain = Stress(guarded: false);
        var guarded = Stress(guarded: true);
        TestContext.Out.WriteLine($"plain: {plain.Errors} errors in {plain.Iterations} iterations; guarded: {guarded.Errors} in {guarded.Iterations}");

        Assert.That(guarded.Errors, Is.Zero, guarded.First);
    }

    private static (long Iterations, long Errors, string? First) Stress(bool guarded)
    {
        using var x = randn(20000, dtype: float64);
        long iterations = 0, errors = 0;
        string? first = null;
        bool stop = false;
        var churn = new Thread(() => { while (!Volatile.Read(ref stop)) GC.Collect(0); }) { IsBackground = true };
        churn.Start();
        int Loop()
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < Length)
            {
                using var epoch = NewDisposeScope();
                try
                {
                    double loss = (((x * 0.1) - x) * (2.0 / 20000)).sum().item<double>();
                    iterations++;
                }
                catch (Exception e)
                {
                    errors++;
                    first ??= e.Message.Split('\n')[0];
                }
            }
            return 0;
        }
        if (guarded)
            new GuardedInvoker(new GradingOptions(), null, 16L << 30, TensorCreationPoint.Instance).Invoke(Loop, Length * 6, "stress");
        else
            Loop();
        Volatile.Write(ref stop, true);
        churn.Join();
        return (iterations, errors, first);
    }
}
