using System.Reflection;

namespace Grading.Torch;

/// <summary>What this build of the grader ships (the -p:TorchBackend switch, build/TorchBackend.props),
/// read from Grading.Torch's assembly metadata.</summary>
public static class TorchBuild
{
    /// <summary><c>cpu</c>, <c>cuda</c> or <c>external</c>.</summary>
    public static string Backend => Metadata("TorchBackend") ?? "cpu";

    /// <summary>The libtorch NuGet package beside the grader (e.g. <c>libtorch-cpu-linux-x64</c>); null for <c>external</c>.</summary>
    public static string? LibTorchPackage => Metadata("LibTorchPackage");

    /// <summary>The libtorch version TorchSharp was built against, which any libtorch loaded must match.</summary>
    public static string LibTorchPackageVersion => Metadata("LibTorchPackageVersion") ?? "unknown";

    private static string? Metadata(string key) =>
        typeof(TorchBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value is { Length: > 0 } value
            ? value : null;
}
