using System.Globalization;

namespace Grading.Cli.Benchmarking;

/// <summary>
/// Samples the memory of a process and all its descendants (the grader and its workers, which each sit
/// in their own cgroup, so no one cgroup's <c>memory.peak</c> covers them all) from <c>/proc</c>, RSS every
/// <see cref="Interval"/> and PSS at each new RSS peak and at least every second, and keeps the peaks of two sums: resident set sizes (RSS:
/// pages shared between the processes, libtorch's code above all, counted once per process, so an upper
/// bound) and proportional set sizes (PSS: each shared page split among its sharers, what the tree
/// costs the machine). A peak shorter than the interval can be missed. Linux only; elsewhere the peaks stay 0.
/// </summary>
internal sealed class ProcessTreeMemory : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan PssInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ScanInterval = TimeSpan.FromMilliseconds(500);
    private static readonly long PageSize = Environment.SystemPageSize;

    private readonly int _root;
    private readonly Thread _sampler;
    private volatile bool _stopped;

    private ProcessTreeMemory(int root)
    {
        _root = root;
        _sampler = new Thread(Sample) { IsBackground = true, Name = "memory-sampler" };
    }

    public long PeakRssBytes { get; private set; }
    public long PeakPssBytes { get; private set; }
    public int PeakProcesses { get; private set; }

    public static ProcessTreeMemory Watch(int root)
    {
        var watcher = new ProcessTreeMemory(root);
        watcher._sampler.Start();
        return watcher;
    }

    public void Dispose()
    {
        _stopped = true;
        _sampler.Join();
    }

    private void Sample()
    {
        if (!OperatingSystem.IsLinux()) return;
        var sincePss = System.Diagnostics.Stopwatch.StartNew();
        var sinceScan = System.Diagnostics.Stopwatch.StartNew();
        var tree = Descendants(_root);
        while (!_stopped)
        {
            // Finding the tree reads every process's stat file: done twice a second, enough to see each worker
            // (they live seconds); an ended process in between just reads as 0.
            if (sinceScan.Elapsed >= ScanInterval)
            {
                tree = Descendants(_root);
                sinceScan.Restart();
            }
            long rss = tree.Sum(ReadRss);
            // PSS costs the kernel a walk of every mapping (milliseconds per .NET process, on the cores being
            // measured), so it is read when the RSS sum reaches a new peak, and otherwise once a second.
            if (rss > PeakRssBytes || sincePss.Elapsed >= PssInterval)
            {
                PeakPssBytes = Math.Max(PeakPssBytes, tree.Sum(ReadPss));
                sincePss.Restart();
            }
            PeakRssBytes = Math.Max(PeakRssBytes, rss);
            PeakProcesses = Math.Max(PeakProcesses, tree.Count);
            Thread.Sleep(Interval);
        }
    }

    private static List<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out int pid) || ReadParent(pid) is not { } parent) continue;
            if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
            list.Add(pid);
        }
        var tree = new List<int> { root };
        for (int i = 0; i < tree.Count; i++)
            if (children.TryGetValue(tree[i], out var list)) tree.AddRange(list);
        return tree;
    }

    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses, so split after the last ')'.
    private static int? ReadParent(int pid)
    {
        string? stat = TryRead($"/proc/{pid}/stat");
        int end = stat?.LastIndexOf(')') ?? -1;
        if (end < 0) return null;
        var fields = stat![(end + 2)..].Split(' ');
        return fields.Length > 1 && int.TryParse(fields[1], out int parent) ? parent : null;
    }

    private static long ReadRss(int pid)
    {
        var fields = TryRead($"/proc/{pid}/statm")?.Split(' ');
        return fields is { Length: > 1 } && long.TryParse(fields[1], out long pages) ? pages * PageSize : 0;
    }

    private static long ReadPss(int pid)
    {
        string? line = TryRead($"/proc/{pid}/smaps_rollup")?.Split('\n').FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return kb is { Length: > 1 } && long.TryParse(kb[1], NumberStyles.None, CultureInfo.InvariantCulture, out long value) ? value * 1024 : 0;
    }

    // A process may end between listing and reading it.
    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
