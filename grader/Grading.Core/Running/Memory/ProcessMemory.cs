using System.Globalization;

namespace Grading.Core.Running.Memory;

/// <summary>
/// This process's private writable bytes as Linux counts them for <c>RLIMIT_DATA</c>, read from <c>/proc/self/status</c>;
/// null where there is no such file. (Resident bytes, polled, are <see cref="ResidentMemoryReader"/>'s.)
/// </summary>
internal static class ProcessMemory
{
    /// <summary>Private writable bytes: <c>VmData</c> of <c>/proc/self/status</c>.</summary>
    public static long? DataBytes()
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/self/status"))
            {
                if (!line.StartsWith("VmData:", StringComparison.Ordinal)) continue;
                string[] parts = line["VmData:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return long.TryParse(parts[0], CultureInfo.InvariantCulture, out long kilobytes) ? kilobytes * 1024 : null;
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
