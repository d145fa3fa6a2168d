using System.Runtime.InteropServices;

namespace Grading.Core.Running.Memory;

/// <summary>
/// Makes a single allocation that could never fit in the section's memory fail inside the call, as an exception that
/// carries the student's line and the size asked for, instead of a kill by the control group that names nothing. It sets
/// the soft <c>RLIMIT_DATA</c> (private writable memory: libtorch's buffers and the .NET heap alike) to what the process
/// holds now plus the section's limit. Memory that grows step by step still meets the control group first, since the
/// limit counts the worker's own memory too; the control group stays the bound, this only explains the hopeless request.
/// The hard limit is left as it was, so the soft one can be put back after the call (student code could lift it too:
/// it would lose the explanation, not escape the control group).
/// </summary>
internal sealed class AllocationCeiling : IDisposable
{
    private const int RlimitData = 2; // RLIMIT_DATA on Linux

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [DllImport("libc", EntryPoint = "getrlimit", SetLastError = true)]
    private static extern int GetRLimit(int resource, out RLimit limit);

    [DllImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static extern int SetRLimit(int resource, ref RLimit limit);

    private readonly RLimit _before;

    private AllocationCeiling(RLimit before) => _before = before;

    /// <summary>Sets the ceiling <paramref name="limitBytes"/> above what the process holds; null where it cannot (not Linux, no /proc).</summary>
    public static AllocationCeiling? Apply(long limitBytes)
    {
        if (!OperatingSystem.IsLinux() || ProcessMemory.DataBytes() is not { } held) return null;
        try
        {
            if (GetRLimit(RlimitData, out var before) != 0) return null;
            ulong wanted = (ulong)(held + limitBytes);
            var ceiling = before with { Current = Math.Min(wanted, before.Maximum) };
            return SetRLimit(RlimitData, ref ceiling) == 0 ? new AllocationCeiling(before) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        var before = _before;
        SetRLimit(RlimitData, ref before);
    }
}
