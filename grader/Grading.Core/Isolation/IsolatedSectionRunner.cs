using Grading.Core.Assignments;
using Grading.Core.Compiling;
using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Core.Isolation;

/// <summary>
/// Runs a submission's sections in worker processes: one worker for as long as sections end
/// normally, a fresh one after a section that killed, hung or crashed its worker, so one failure
/// costs one section. Time limits are enforced from here, by killing the worker's process tree.
/// Each section runs under its own memory limit: a section whose limit differs from the running
/// worker's gets a fresh worker, since neither a GC heap hard limit nor a cgroup whose usage may
/// already exceed a lower limit can be changed safely in a running process.
/// </summary>
public sealed class IsolatedSectionRunner(AssignmentSpec spec, string specPath, GradingOptions options, WorkerLaunch launch)
{
    // The .NET runtime and libtorch start about 30 threads; a submission may use a few more, not a fork bomb.
    private const int MaxProcesses = 256;
    private static long MemoryBytes(SectionSpec section) => (long)(section.MemoryLimitMegabytes * 1024 * 1024);

    // Loading the assignment, libtorch and the submission in a new worker takes about a second.
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);
    // Grace after a call's own limit, for the worker to report a timeout it noticed itself.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    public IReadOnlyList<SectionRun> RunAll(CompilationOutcome compiled, IReadOnlyList<SectionSpec> sections)
    {
        using var folder = new ScratchFolder();
        string image = Path.Combine(folder.Path, "submission.dll");
        File.WriteAllBytes(image, compiled.Image!);
        if (compiled.Symbols is not null) File.WriteAllBytes(Path.ChangeExtension(image, ".pdb"), compiled.Symbols);

        var runs = new List<SectionRun>();
        WorkerProcess? worker = null;
        CgroupLimits? limits = null;
        long workerMemory = 0;
        try
        {
            foreach (var section in sections)
            {
                if (worker is not null && workerMemory != MemoryBytes(section))
                {
                    worker.Dispose();
                    limits?.Dispose();
                    (worker, limits) = (null, null);
                }
                if (worker is null)
                {
                    workerMemory = MemoryBytes(section);
                    limits = CgroupLimits.TryCreate(workerMemory, MaxProcesses, out _);
                    try
                    {
                        worker = WorkerProcess.Start(launch, specPath, image, options, StartupLimit, limits, workerMemory);
                    }
                    catch (GradingException) when (limits is not null && limits.HitMemoryLimit())
                    {
                        // Only the grader's own code ran, under this section's limit: this section cannot run, the next may.
                        // Any other start failure is the grader's, not the student's, and stops the grading.
                        runs.Add(new SectionRun { SectionId = section.Id, Outcome = RunOutcome.Crashed, Error = TooLowToStart(section) });
                        limits?.Dispose();
                        limits = null;
                        continue;
                    }
                }
                var (run, healthy) = RunOne(worker, section, limits);
                runs.Add(run);
                if (!healthy)
                {
                    worker.Kill();
                    worker.Dispose();
                    limits?.Dispose();
                    (worker, limits) = (null, null);
                }
            }
        }
        finally
        {
            worker?.Dispose();
            limits?.Dispose();
        }
        return runs;
    }

    /// <summary>The limits a worker gets on this machine, for the result.</summary>
    public IsolationReport Report()
    {
        using var probe = CgroupLimits.TryCreate(spec.Sections.Max(MemoryBytes), MaxProcesses, out string why);
        string memory = MemoryText(spec.Sections);
        return new IsolationReport("worker process",
        [
            new("time", "per section (assignment.yml)", "the grader kills the worker's process tree", true),
            probe is not null
                ? new("memory", memory, $"{probe.Mechanism} (managed and native memory)", true)
                : new("memory", memory, $".NET GC heap hard limit, managed memory only: {why}", true),
            new("output", $"{options.OutputLimitChars} characters kept (head and tail)", "bounded capture in the worker", true),
            probe is not null
                ? new("processes", $"{MaxProcesses} tasks", $"{probe.Mechanism} pids", true)
                : new("processes", "none", why, false),
            launch.NetworkIsolation
                ? new("network", "off", "a new network namespace (unshare -n)", true)
                : new("network", "not blocked", "unshare -n is not permitted on this machine", false),
        ]);
    }

    private (SectionRun Run, bool Healthy) RunOne(WorkerProcess worker, SectionSpec section, CgroupLimits? limits)
    {
        double limit = section.TimeLimitSeconds * options.TimeLimitFactor;
        // Until the worker announces its first call, only setup code of ours runs: the limit covers it.
        var (run, overran) = worker.Run(section, TimeSpan.FromSeconds(limit) + Grace, Grace);
        if (run is not null)
        {
            if (run.Outcome == RunOutcome.TimedOut) return (run with { Error = KilledMessage(section, limit) }, false); // its thread still runs
            // After an exception (out of memory included) the worker's state is suspect: the next section gets a fresh one.
            return (run, run.Outcome is not RunOutcome.Threw);
        }
        worker.Kill();
        int exitCode = worker.ExitCode();
        return overran
            ? (new SectionRun { SectionId = section.Id, Outcome = RunOutcome.TimedOut, Error = KilledMessage(section, limit), DurationMs = limit * 1000 }, false)
            : (new SectionRun { SectionId = section.Id, Outcome = RunOutcome.Crashed, Error = Died(section, exitCode, worker.RawStderr, limits) }, false);
    }

    private string Died(SectionSpec section, int exitCode, string stderr, CgroupLimits? limits) =>
        limits is not null && limits.HitMemoryLimit()
            ? $"{section.Id} exceeded the {Mebibytes(section)} memory limit and was killed."
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
