using Grading.Core.Assignments;
using Grading.Core.Compiling;
using Grading.Core.Isolation.Sandbox;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Core.Isolation;

/// <summary>
/// Runs a submission's sections in worker processes, a fresh worker for every section: no state, thread
/// or timer of one section's code reaches another's, and one failure costs one section. Time limits are
/// enforced from here, by killing the worker's process tree (and its sandbox); each worker starts under
/// its section's memory limit. A worker's answer is taken only if it answers the call made
/// (<see cref="WorkerProcess.Run"/>); anything else voids that section alone.
/// </summary>
public sealed class IsolatedSectionRunner(AssignmentSpec spec, GradingOptions options, WorkerSupply supply, WorkerLaunch launch)
{
    private const int MaxProcesses = WorkerSupply.MaxProcesses;
    private static long MemoryBytes(SectionSpec section) => (long)(section.MemoryLimitMegabytes * 1024 * 1024);

    // Grace after a call's own limit, for the worker to report a timeout it noticed itself.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    /// <summary>Starts the workers <paramref name="sections"/> will need, one each, in the background.</summary>
    public void Warm(IReadOnlyList<SectionSpec> sections)
    {
        foreach (var group in sections.GroupBy(MemoryBytes)) supply.Warm(group.Key, group.Count());
    }

    public IReadOnlyList<SectionRun> RunAll(CompilationOutcome compiled, IReadOnlyList<SectionSpec> sections, int variantSeed)
    {
        var runs = new List<SectionRun>();
        foreach (var section in sections)
        {
            WorkerLease lease;
            try
            {
                lease = supply.Take(MemoryBytes(section));
            }
            catch (WorkerStartException e) when (e.HitMemoryLimit)
            {
                // Only the grader's own code ran, under this section's limit: this section cannot run, the next may.
                // Any other start failure is the grader's, not the student's, and stops the grading.
                runs.Add(new SectionRun { SectionId = section.Id, Outcome = RunOutcome.Crashed, Error = TooLowToStart(section) });
                continue;
            }
            using (lease) runs.Add(RunOne(lease, section, compiled.Image!, compiled.Symbols, variantSeed));
        }
        return runs;
    }

    /// <summary>The limits a worker gets on this machine, for the result.</summary>
    public IsolationReport Report()
    {
        using var probe = CgroupLimits.TryCreate(spec.Sections.Max(MemoryBytes), MaxProcesses, out string why);
        string memory = MemoryText(spec.Sections);
        var sandbox = launch.Sandbox;
        return new IsolationReport(sandbox.Available ? "worker process in an OS sandbox, one per section" : "worker process, one per section, NO SANDBOX",
        [
            sandbox.Available
                ? new("sandbox", "user, mount, PID, IPC, UTS, cgroup and network namespaces; no capabilities; no_new_privs"
                    + (SeccompFilter.Supported ? $"; seccomp refusing {SeccompFilter.RefusedCount} system calls and new namespaces" : ""),
                    "bubblewrap; everything in the sandbox ends with its worker", true)
                : new("sandbox", "none", $"{sandbox.Why}: student code can read and write what the grader's user can", false),
            sandbox.Available
                ? new("files", "read-only: the system, the .NET runtime, the grader and the assignment; a private empty /tmp",
                    "bubblewrap mounts; no view of the course folder, other submissions, the output folder or the grader's /proc", true)
                : new("files", "not limited", sandbox.Why, false),
            new("environment", "an allow-list (locale, threads, runtime settings)", "the worker never sees the grader's variables", true),
            new("time", "per section (assignment.yml)", "the grader kills the worker's process tree", true),
            probe is not null
                ? new("memory", memory, $"{probe.Mechanism} (managed and native memory), set from outside the worker", true)
                : new("memory", memory, $".NET GC heap hard limit, managed memory only: {why}", true),
            new("output", $"{options.OutputLimitChars} characters kept (head and tail)", "bounded capture in the worker", true),
            probe is not null
                ? new("processes", $"{MaxProcesses} tasks", $"{probe.Mechanism} pids", true)
                : new("processes", "none", why, false),
            sandbox.Available ? new("network", "off", "the sandbox's own network namespace", true)
            : launch.NetworkIsolation
                ? new("network", "off", "a new network namespace (unshare -n)", true)
                : new("network", "not blocked", "unshare -n is not permitted on this machine", false),
        ]);
    }

    private SectionRun RunOne(WorkerLease lease, SectionSpec section, byte[] image, byte[]? symbols, int variantSeed)
    {
        var worker = lease.Worker;
        double limit = section.TimeLimitSeconds * options.TimeLimitFactor;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Until the worker announces its first call, only setup code of ours runs: the limit covers it.
        var (run, overran, rejected) = worker.Run(section, image, symbols, variantSeed, TimeSpan.FromSeconds(limit) + Grace, Grace);
        if (run is not null) return run.Outcome == RunOutcome.TimedOut ? run with { Error = KilledMessage(section, limit) } : run;
        worker.Kill();
        int exitCode = worker.ExitCode();
        double ranMs = clock.Elapsed.TotalMilliseconds;
        if (rejected is not null)
            return new SectionRun { SectionId = section.Id, Outcome = RunOutcome.Crashed, Error = Forged(section, rejected), DurationMs = ranMs };
        return overran
            ? new SectionRun { SectionId = section.Id, Outcome = RunOutcome.TimedOut, Error = KilledMessage(section, limit), DurationMs = limit * 1000 }
            : new SectionRun { SectionId = section.Id, Outcome = RunOutcome.Crashed, Error = Died(section, exitCode, worker.RawStderr, lease.Limits), DurationMs = ranMs };
    }

    /// <summary>Only code in the section's worker can write to its channel: the student's, since ours sends only answers.</summary>
    private static string Forged(SectionSpec section, string what) =>
        $"{section.Id} gets no points: its worker sent {what} instead of its answer. The grader's channel is not for submissions: " +
        "code that writes to inherited file descriptors or pipes must be removed.";

    private string Died(SectionSpec section, int exitCode, string stderr, CgroupLimits? limits) =>
        limits is not null && limits.HitMemoryLimit()
            ? $"{section.Id} exceeded the {Mebibytes(section)} memory limit and was killed: its memory grew step by step past the limit. "
                + "What is kept from every epoch is the usual cause: keep numbers in lists (`loss.item<double>()`), not tensors or arrays, "
                + "and free each epoch's tensors (`using var scope = torch.NewDisposeScope();` in the loop)."
            : ExitVerdict.Describe(section.Id, exitCode, stderr);

    private static string TooLowToStart(SectionSpec section) =>
        $"{section.Id} could not run: the worker exceeded the section's {Mebibytes(section)} memory limit while loading, before any " +
        "submission code ran (memory_limit_mb in assignment.yml is too low for the runtime).";

    private static string Mebibytes(SectionSpec section) => $"{section.MemoryLimitMegabytes:0.#} MiB";

    /// <summary>"1024 MiB per section", or each section's limit where they differ.</summary>
    private static string MemoryText(IReadOnlyList<SectionSpec> sections) =>
        sections.Select(s => s.MemoryLimitMegabytes).Distinct().Count() == 1
            ? $"{Mebibytes(sections[0])} per section"
            : string.Join(", ", sections.Select(s => $"{s.Id}: {Mebibytes(s)}"));

    private static string KilledMessage(SectionSpec section, double limit) =>
        $"{section.Id} was killed after {limit:0.#} s (time limit).";
}
