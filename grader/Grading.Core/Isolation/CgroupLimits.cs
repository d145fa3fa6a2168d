using System.Globalization;

namespace Grading.Core.Isolation;

/// <summary>
/// Memory and process-count limits for one worker through Linux control groups: a child group of the
/// grader's own (cgroup v2, or v1's memory and pids hierarchies), so native libtorch memory counts
/// too. Created only where the machine lets us write there; <see cref="TryCreate"/> returns null and
/// says why otherwise.
/// </summary>
public sealed class CgroupLimits : IDisposable
{
    private readonly List<string> _groups;
    private readonly bool _v2;

    private CgroupLimits(List<string> groups, bool v2, long memoryBytes, int maxProcesses)
    {
        _groups = groups;
        _v2 = v2;
        MemoryBytes = memoryBytes;
        MaxProcesses = maxProcesses;
    }

    public long MemoryBytes { get; }
    public int MaxProcesses { get; }
    public string Mechanism => _v2 ? "cgroup v2" : "cgroup v1";

    public static CgroupLimits? TryCreate(long memoryBytes, int maxProcesses, out string why)
    {
        why = "";
        if (!OperatingSystem.IsLinux()) { why = "control groups exist only on Linux"; return null; }
        string name = $"grading-{Environment.ProcessId}-{Guid.NewGuid():N}"[..32];
        var own = File.ReadAllLines("/proc/self/cgroup").Select(l => l.Split(':', 3)).Where(p => p.Length == 3).ToList();
        try
        {
            if (own.FirstOrDefault(p => p[0] == "0" && p[1] == "") is { } unified && File.Exists("/sys/fs/cgroup/cgroup.controllers"))
            {
                string group = Path.Combine("/sys/fs/cgroup" + unified[2].TrimEnd('/'), name);
                Directory.CreateDirectory(group);
                File.WriteAllText(Path.Combine(group, "memory.max"), memoryBytes.ToString(CultureInfo.InvariantCulture));
                File.WriteAllText(Path.Combine(group, "memory.swap.max"), "0");
                File.WriteAllText(Path.Combine(group, "pids.max"), maxProcesses.ToString(CultureInfo.InvariantCulture));
                return new CgroupLimits([group], v2: true, memoryBytes, maxProcesses);
            }
            var groups = new List<string>();
            foreach (var (controller, file, value) in new[] { ("memory", "memory.limit_in_bytes", memoryBytes), ("pids", "pids.max", (long)maxProcesses) })
            {
                var line = own.FirstOrDefault(p => p[1].Split(',').Contains(controller))
                    ?? throw new IOException($"no cgroup v1 {controller} hierarchy");
                string group = Path.Combine($"/sys/fs/cgroup/{controller}" + line[2].TrimEnd('/'), name);
                Directory.CreateDirectory(group);
                groups.Add(group);
                File.WriteAllText(Path.Combine(group, file), value.ToString(CultureInfo.InvariantCulture));
            }
            string swap = Path.Combine(groups[0], "memory.memsw.limit_in_bytes");
            if (File.Exists(swap)) TryWrite(swap, memoryBytes.ToString(CultureInfo.InvariantCulture));
            return new CgroupLimits(groups, v2: false, memoryBytes, maxProcesses);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            why = $"control groups are not writable here ({e.Message})";
            return null;
        }
    }

    /// <summary>The groups' <c>cgroup.procs</c> files: the worker's launcher writes itself into each before it
    /// starts the worker (<see cref="WorkerLaunch"/>), so no instruction of the worker runs outside them.</summary>
    public IReadOnlyList<string> ProcFiles => _groups.Select(g => Path.Combine(g, "cgroup.procs")).ToList();

    /// <summary>Kills every process still in the groups, seen from outside: whatever a worker started, however
    /// it detached, ends with it. The sandbox's PID namespace does the same; this also covers a worker
    /// that ran without the sandbox.</summary>
    public void KillAll()
    {
        for (int round = 0; round < 10; round++)
        {
            var pids = _groups.SelectMany(g => ReadPids(Path.Combine(g, "cgroup.procs"))).Distinct().ToList();
            if (pids.Count == 0) return;
            foreach (int pid in pids)
            {
                try
                {
                    using var process = System.Diagnostics.Process.GetProcessById(pid);
                    process.Kill();
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // gone already
                }
            }
            Thread.Sleep(20);
        }
    }

    private static IEnumerable<int> ReadPids(string file)
    {
        try
        {
            return File.ReadAllLines(file).Select(l => int.TryParse(l, CultureInfo.InvariantCulture, out int pid) ? pid : 0).Where(p => p > 0).ToList();
        }
        catch (IOException)
        {
            return [];
        }
    }

    /// <summary>Whether the kernel killed something in the group for exceeding the memory limit.</summary>
    public bool HitMemoryLimit()
    {
        string group = _groups[0];
        if (_v2) return ReadCounter(Path.Combine(group, "memory.events"), "oom_kill") > 0 || ReadCounter(Path.Combine(group, "memory.events"), "max") > 0;
        return ReadCounter(Path.Combine(group, "memory.oom_control"), "oom_kill") > 0 || ReadNumber(Path.Combine(group, "memory.failcnt")) > 0;
    }

    private static long ReadCounter(string file, string key) =>
        File.Exists(file) ? File.ReadAllLines(file).Select(l => l.Split(' ')).Where(p => p.Length == 2 && p[0] == key)
            .Select(p => long.Parse(p[1], CultureInfo.InvariantCulture)).FirstOrDefault() : 0;

    private static long ReadNumber(string file) =>
        File.Exists(file) && long.TryParse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture, out long n) ? n : 0;

    private static void TryWrite(string file, string value)
    {
        try { File.WriteAllText(file, value); } catch (IOException) { } // swap accounting is optional
    }

    public void Dispose()
    {
        KillAll();
        foreach (string group in _groups)
        {
            try { Directory.Delete(group); } catch (IOException) { } // a process still inside: the OS keeps it until it exits
        }
    }
}
