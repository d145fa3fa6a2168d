using System.Globalization;

namespace Grading.Core.Isolation.Sandbox;

/// <summary>
/// The environment a worker starts with: a short allow-list, never the grader's own. A grader run in CI
/// or by a TA holds tokens and secrets in its environment, and student code can read its process's
/// environment whatever the static policy says; so only what the runtime, libtorch and the GPU driver
/// need is passed on.
/// </summary>
public static class WorkerEnvironment
{
    // Passed through from the grader when set: locale and time zone (formatting), the runtime's own
    // settings that change behaviour, not access, and the GPU's device selection.
    private static readonly string[] PassedThrough =
    [
        "LANG", "LC_ALL", "TZ", "DOTNET_ROOT", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "DOTNET_TieredCompilation", "DOTNET_TieredPGO",
        "DOTNET_ReadyToRun", TorchLibraryVariable, "CUDA_VISIBLE_DEVICES", "NVIDIA_VISIBLE_DEVICES", "NVIDIA_DRIVER_CAPABILITIES",
    ];

    /// <summary>Where the grader looks for an external libtorch (<c>-p:TorchBackend=external</c>): the worker needs it too.</summary>
    public const string TorchLibraryVariable = "GRADING_LIBTORCH_DIR";

    /// <summary>The worker's whole environment.</summary>
    /// <param name="threads">Threads for libtorch (OpenMP, MKL) and .NET, read once at start-up; null keeps their defaults.</param>
    /// <param name="heapLimitBytes">A .NET GC heap hard limit, where no control group bounds the worker's memory.</param>
    /// <param name="nuGetPackages">The package root the worker loads libtorch from, when the grader does not carry it.</param>
    public static IReadOnlyDictionary<string, string> For(int? threads, long? heapLimitBytes, string? nuGetPackages = null, Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var environment = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = "/usr/bin:/bin",
            ["HOME"] = "/tmp",
            ["TMPDIR"] = "/tmp",
            // No diagnostics socket, debugger or profiler attach: nothing for student code to talk to, nothing written to /tmp.
            ["DOTNET_EnableDiagnostics"] = "0",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        foreach (string name in PassedThrough)
            if (read(name) is { Length: > 0 } value) environment[name] = value;
        if (threads is { } count)
        {
            string text = count.ToString(CultureInfo.InvariantCulture);
            foreach (string name in (string[])["OMP_NUM_THREADS", "MKL_NUM_THREADS", "DOTNET_PROCESSOR_COUNT"]) environment[name] = text;
        }
        if (nuGetPackages is not null) environment["NUGET_PACKAGES"] = nuGetPackages;
        if (heapLimitBytes is { } bytes) environment["DOTNET_GCHeapHardLimit"] = bytes.ToString("X", CultureInfo.InvariantCulture);
        return environment;
    }
}
