using Grading.Core.Assignments;
using Grading.Core.Compiling;
using Grading.Core.Running;

namespace Grading.Core.Isolation;

/// <summary>
/// Runs a submission's sections in worker processes: one worker for as long as sections end
/// normally, a fresh one after a section that killed, hung or crashed its worker, so one failure
/// costs one section. Time limits are enforced from here, by killing the worker's process tree.
/// </summary>
public sealed class IsolatedSectionRunner(AssignmentSpec spec, string specPath, GradingOptions options, WorkerLaunch launch)
{
    // Loading the assignment, libtorch and the submission in a new worker takes about a second.
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);
    // Grace after a call's own limit, for the worker to report a timeout it noticed itself.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    public IReadOnlyList<SectionRun> RunAll(CompilationOutcome compiled)
    {
        using var folder = new ScratchFolder();
        string image = Path.Combine(folder.Path, "submission.dll");
        File.WriteAllBytes(image, compiled.Image!);
        if (compiled.Symbols is not null) File.WriteAllBytes(Path.ChangeExtension(image, ".pdb"), compiled.Symbols);

        var runs = new List<SectionRun>();
        WorkerProcess? worker = null;
        try
        {
            foreach (var section in spec.Sections)
            {
                worker ??= WorkerProcess.Start(launch, specPath, image, options, StartupLimit);
                var (run, healthy) = RunOne(worker, section);
                runs.Add(run);
                if (!healthy)
                {
                    worker.Kill();
                    worker.Dispose();
                    worker = null;
                }
            }
        }
        finally
        {
            worker?.Dispose();
        }
        return runs;
    }

    private (SectionRun Run, bool Healthy) RunOne(WorkerProcess worker, SectionSpec section)
    {
        double limit = section.TimeLimitSeconds * options.TimeLimitFactor;
        // Until the worker announces its first call, only setup code of ours runs: the limit covers it.
        var (run, overran) = worker.Run(section, TimeSpan.FromSeconds(limit) + Grace, Grace);
        if (run is not null)
        {
            return run.Outcome == RunOutcome.TimedOut
                ? (run with { Error = KilledMessage(section, limit) }, false) // its thread is still running: end the worker
                : (run, true);
        }
        worker.Kill();
        int exitCode = worker.ExitCode();
        return overran
            ? (new SectionRun { SectionId = section.Id, Outcome = RunOutcome.TimedOut, Error = KilledMessage(section, limit), DurationMs = limit * 1000 }, false)
            : (new SectionRun { SectionId = section.Id, Outcome = RunOutcome.Crashed, Error = ExitVerdict.Describe(section.Id, exitCode, worker.RawStderr) }, false);
    }

    private static string KilledMessage(SectionSpec section, double limit) =>
        $"{section.Id} was killed after {limit:0.#} s (time limit).";
}
