namespace Grading.Core.Isolation.Sandbox;

/// <summary>
/// What a worker may see of the machine, read-only: the system's libraries, the .NET runtime, the
/// grader's own folder (its assemblies and libtorch) and the assignment's folder (its spec and data).
/// Nothing else: not the course repository, <c>reference/</c>, other submissions, the output folder or
/// the grader's home. Paths keep their real names inside, so no argument needs translating.
/// </summary>
/// <param name="NuGetPackages">Where the worker finds libtorch when the grader does not carry it (the packed
/// tool): the package root whose libtorch folders are in view, for the worker's NUGET_PACKAGES.</param>
public sealed record SandboxView(IReadOnlyList<string> ReadOnlyFolders, IReadOnlyList<string> ReadOnlyFiles, IReadOnlyList<string> Devices,
    string? NuGetPackages = null)
{
    // The libtorch packages' ids all start so (cpu, cuda-12.8, ...): TorchSharp's native packages.
    private const string LibTorchPackages = "libtorch-";

    // The usr-merged system (Debian 12, Ubuntu): /bin, /lib, /lib64 and /sbin are links into /usr.
    private static readonly string[] SystemFolders = ["/usr", "/bin", "/lib", "/lib64", "/sbin"];
    // The dynamic linker's cache (multiarch libraries such as ICU and libgomp are found through it) and the local time zone.
    private static readonly string[] SystemFiles = ["/etc/ld.so.cache", "/etc/localtime"];

    public static SandboxView For(string host, string graderDll, string specPath, Func<string, string?>? readEnvironment = null)
    {
        readEnvironment ??= Environment.GetEnvironmentVariable;
        var folders = new List<string>();
        foreach (string folder in SystemFolders.Where(Directory.Exists)) folders.Add(folder);
        AddUnlessCovered(folders, Path.GetDirectoryName(RealPath(host)));
        AddUnlessCovered(folders, Path.GetDirectoryName(Path.GetFullPath(graderDll)));
        AddUnlessCovered(folders, Path.GetDirectoryName(Path.GetFullPath(specPath)));
        if (readEnvironment(WorkerEnvironment.TorchLibraryVariable) is { Length: > 0 } torch && Directory.Exists(torch))
            AddUnlessCovered(folders, Path.GetFullPath(torch));
        string? packages = null;
        string graderFolder = Path.GetDirectoryName(Path.GetFullPath(graderDll))!;
        if (!File.Exists(Path.Combine(graderFolder, "runtimes", "linux-x64", "native", "libtorch.so")))
        {
            // The packed tool loads libtorch from a NuGet package folder: that package, and nothing else of the folder, is in view.
            foreach (string root in IO.NuGetPackageRoots.For(LibTorchPackages + "cpu-linux-x64", readEnvironment).Where(Directory.Exists))
            {
                var libTorch = Directory.GetDirectories(root, LibTorchPackages + "*");
                if (libTorch.Length == 0) continue;
                packages ??= root;
                foreach (string folder in libTorch) AddUnlessCovered(folders, folder);
            }
        }
        // NVIDIA's device nodes, where there are any: libtorch's CUDA backend opens them.
        var devices = Directory.Exists("/dev") ? Directory.GetFiles("/dev", "nvidia*").Order(StringComparer.Ordinal).ToList() : [];
        return new SandboxView(folders, SystemFiles.Where(File.Exists).ToList(), devices, packages);
    }

    /// <summary>The host's real file: <c>/usr/bin/dotnet</c> is often a link to the SDK's folder elsewhere.</summary>
    public static string RealPath(string file)
    {
        string full = Path.IsPathRooted(file) ? file : FindOnPath(file) ?? Path.GetFullPath(file);
        return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
    }

    /// <summary>The real file of a program named on PATH or by its path; null when there is none.</summary>
    public static string? RealPathOrNull(string file)
    {
        string? full = Path.IsPathRooted(file) ? (File.Exists(file) ? file : null) : FindOnPath(file);
        return full is null ? null : File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    private static void AddUnlessCovered(List<string> folders, string? folder)
    {
        if (folder is null || !Directory.Exists(folder)) return;
        string real = Path.TrimEndingDirectorySeparator(folder);
        if (folders.Any(f => real == f || real.StartsWith(f + "/", StringComparison.Ordinal))) return;
        folders.Add(real);
    }
}
