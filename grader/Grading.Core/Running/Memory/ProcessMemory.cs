using System.Globalization;

namespace Grading.Core.Running.Memory;

/// <summary>
/// This process's memory as Linux counts it, read from <c>/proc/self</c>: resident bytes (what a control group
/// charges) and private writable bytes (what <c>RLIMIT_DATA</c> charges). Null where there is no such file.
/// </summary>
internal static class ProcessMemory
{
    /// <summary>Resident bytes: the second field of <c>/proc/self/statm</c>, in pages.</summary>
    public static long? ResidentBytes()
    {
        try
        {
            string[] fields = File.ReadAllText("/proc/self/statm").Split(' ');
            return fields.Length > 1 && long.TryParse(fields[1], CultureInfo.InvariantCulture, out long pages) ? pages * Environment.SystemPageSize : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

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
