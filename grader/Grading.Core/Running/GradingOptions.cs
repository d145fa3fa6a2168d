namespace Grading.Core.Running;

/// <summary>What the user asked for beyond the submission itself.</summary>
public sealed record GradingOptions
{
    /// <summary><c>auto</c>, <c>cpu</c> or <c>cuda</c>.</summary>
    public string Device { get; init; } = "auto";
    /// <summary>Characters of a section's output kept, head and tail together.</summary>
    public int OutputLimitChars { get; init; } = 64 * 1024;
    /// <summary>The course's secret for official grading's hidden data variants (<see cref="Grading.VariantSeed"/>); null
    /// reads <c>GRADING_VARIANT_SECRET</c>, and without either each run draws a new variant.</summary>
    public string? VariantSecret { get; init; }
    /// <summary>Where submission code runs: in the grader's process, or in worker processes.</summary>
    public IsolationMode Isolation { get; init; } = IsolationMode.Process;
    /// <summary>Scale every section's time limit (slow machines, debuggers).</summary>
    public double TimeLimitFactor { get; init; } = 1.0;
    /// <summary>Threads each worker process's libtorch (OpenMP, MKL) and .NET (thread pool, MathNet's
    /// parallel loops) may use; null leaves their defaults (every core). Bulk grading several students at
    /// once sets it so that jobs × threads stay within the cores, where more threads would only wait on
    /// each other. With <see cref="IsolationMode.InProcess"/> it has no effect.</summary>
    public int? WorkerThreads { get; init; }
    /// <summary>Run only these sections (the rest are reported as not run); null runs them all. A second
    /// device's pass runs only the tensor sections (<see cref="Devices.DeviceSweep"/>).</summary>
    public IReadOnlySet<string>? OnlySections { get; init; }
    /// <summary>Spare workers started at once (each section gets its own worker; they start in the background,
    /// in section order). One suits a single submission: the others' cores go to the compile and the sections.
    /// Bulk grading sets it to its job count, so that starts keep up with several students at once.</summary>
    public int ConcurrentWorkerStarts { get; init; } = 1;
    /// <summary>Run workers in the OS sandbox where it can be set up (the default). False runs them without
    /// it even where it could (tests of the fallback); where it cannot be set up, workers run without it
    /// either way and the result's isolation block says so.</summary>
    public bool Sandbox { get; init; } = true;
    /// <summary>Run sections without the static policy: only for tests that must show the operating
    /// system, not the policy, stops a submission. Never reachable from the command line.</summary>
    internal bool SkipStaticPolicy { get; init; }
}
