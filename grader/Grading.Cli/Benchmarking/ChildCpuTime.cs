using System.Globalization;

namespace Grading.Cli.Benchmarking;

/// <summary>
/// CPU time (user + system) of this process's finished children and everything they waited for, from
/// <c>/proc/self/stat</c> (cutime, cstime): read before and after a bulk run, the difference is what the
/// bulk process and all its workers used, whatever else loads the machine. Linux only; elsewhere 0.
/// </summary>
internal static class ChildCpuTime
{
    // USER_HZ: 100 on every Linux architecture .NET runs on (the kernel reports these fields in it, whatever its own tick).
    private const double TicksPerSecond = 100;

    public static double Seconds()
    {
        if (!File.Exists("/proc/self/stat")) return 0;
        string stat = File.ReadAllText("/proc/self/stat");
        // Fields after "(comm) ": state is field 3; cutime and cstime are fields 16 and 17.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
