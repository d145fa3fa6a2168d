using System.Runtime.InteropServices;

namespace Grading.Core.Running.Memory;

/// <summary>
/// glibc's heap in a worker, where libtorch allocates every tensor with <c>malloc</c>: its two thresholds fixed, and
/// what is free handed back on request. By default both thresholds adapt as memory is freed, and a training loop whose
/// small native objects (TorchSharp's implicit scalars) outlive its tensors makes them give every epoch's 160 KB buffers
/// back to the system and fault them in again: a correct 1.3 took 3 to 15 times as long, most of it in the kernel, once
/// finalizers wait for safe points (<see cref="FinalizerGate"/>). Fixed (<see cref="FixThresholds"/>), a buffer under
/// 32 MiB is reused from the heap and only more than 64 MiB free at its top goes back unasked; the memory collector hands
/// the rest back itself after each collection (<see cref="Trim"/>).
/// </summary>
internal static class NativeHeap
{
    private const int TrimThreshold = -1; // M_TRIM_THRESHOLD
    private const int MmapThreshold = -3; // M_MMAP_THRESHOLD
    private const int MmapBytes = 32 << 20;
    private const int TrimBytes = 64 << 20;

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int MallOpt(int parameter, int value);

    /// <summary>Sets the thresholds; false where the C library is not glibc (its allocator then behaves as it does).</summary>
    public static bool FixThresholds()
    {
        try
        {
            return MallOpt(MmapThreshold, MmapBytes) == 1 & MallOpt(TrimThreshold, TrimBytes) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    /// <summary>Hands the heap's free memory back to the system (the memory collector, after the finalizers ran).</summary>
    public static void Trim()
    {
        try
        {
            MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // not glibc: what the finalizers freed stays with the allocator, which reuses it
        }
    }
}
