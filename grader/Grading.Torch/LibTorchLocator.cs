using System.Reflection;
using System.Runtime.InteropServices;

namespace Grading.Torch;

/// <summary>
/// Finds libtorch's native files. A build of the grader has them beside it; the packed .NET tool does
/// not (they are about 500 MB, ten times the rest of the grader), so it loads them from the NuGet
/// package folder, where restoring a student's project puts them (the template downloads the
/// <c>libtorch-cpu-linux-x64</c> package without copying it anywhere). Loading <c>libtorch.so</c> by its full
/// path pulls in <c>libtorch_cpu.so</c>, <c>libc10.so</c> and OpenMP through its <c>$ORIGIN</c> run path; the
/// dynamic loader then satisfies TorchSharp's own library's needs by those already loaded names.
/// </summary>
public static class LibTorchLocator
{
    public const string PackageId = "libtorch-cpu-linux-x64";

    /// <summary>The libtorch package version this grader was built against (from Directory.Packages.props).</summary>
    public static string PackageVersion { get; } = NormalizedVersion(typeof(LibTorchLocator).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == "LibTorchPackageVersion")?.Value ?? "0.0.0");

    public static string BesideGrader => Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native");

    /// <summary>The folder holding libtorch.so: beside the grader, else in a NuGet package folder; null when neither has it.</summary>
    public static string? Find() => Candidates().FirstOrDefault(folder => File.Exists(Path.Combine(folder, "libtorch.so")));

    /// <summary>Where the package would be, for the message when it is nowhere.</summary>
    public static IEnumerable<string> PackageFolders() => PackageRoots().Select(root => Path.Combine(root, PackageId, PackageVersion, "runtimes", "linux-x64", "native"));

    /// <summary>Loads libtorch from a package folder when it is not beside the grader. Returns the loader's
    /// error, or null when libtorch is beside the grader or loaded.</summary>
    public static string? PreloadFromPackageFolder()
    {
        string? folder = Find();
        if (folder is null)
            return $"libtorch.so does not exist beside the grader nor in the NuGet package folder ({string.Join(", ", PackageFolders())})";
        if (folder == BesideGrader) return null;
        try
        {
            NativeLibrary.Load(Path.Combine(folder, "libtorch.so"));
            return null;
        }
        catch (DllNotFoundException e)
        {
            return e.Message;
        }
    }

    private static IEnumerable<string> Candidates() => PackageFolders().Prepend(BesideGrader);

    private static IEnumerable<string> PackageRoots() => Core.IO.NuGetPackageRoots.For(PackageId);

    /// <summary>NuGet names a package's folder by its normalized version: 2.10.0.0 is stored as 2.10.0.</summary>
    internal static string NormalizedVersion(string version) =>
        Version.TryParse(version, out var parsed) && parsed.Revision == 0 ? $"{parsed.Major}.{parsed.Minor}.{Math.Max(parsed.Build, 0)}" : version;
}
