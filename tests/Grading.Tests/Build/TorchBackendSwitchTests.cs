using System.Diagnostics;
using System.Text.Json;
using Grading.Tests.Support;

namespace Grading.Tests.Build;

/// <summary>
/// -p:TorchBackend (build/TorchBackend.props and .targets) as MSBuild evaluates it for Grading.Torch, without
/// restoring anything: cpu is the default, cuda swaps in TorchSharp's CUDA 12.8 libtorch, external references
/// none, and anything else stops the build with a sentence.
/// </summary>
public class TorchBackendSwitchTests
{
    private static string Project => Path.Combine(RepositoryPaths.Root, "grader", "Grading.Torch", "Grading.Torch.csproj");

    private static (int ExitCode, string Output) MsBuild(params string[] args)
    {
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in (string[])["msbuild", Project, "-nologo", "-nodeReuse:false", .. args]) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, stdout + stderr.Result);
    }

    /// <summary>The libtorch package Grading.Torch references with these properties, and its central version.</summary>
    private static List<(string Package, string Version)> LibTorchReferences(params string[] properties)
    {
        var (exitCode, output) = MsBuild([.. properties, "-getItem:PackageReference", "-getItem:PackageVersion"]);
        Assert.That(exitCode, Is.EqualTo(0), output);
        var items = JsonDocument.Parse(output).RootElement.GetProperty("Items");
        var versions = items.GetProperty("PackageVersion").EnumerateArray()
            .ToDictionary(i => i.GetProperty("Identity").GetString()!, i => i.GetProperty("Version").GetString()!);
        return items.GetProperty("PackageReference").EnumerateArray()
            .Select(i => i.GetProperty("Identity").GetString()!)
            .Where(id => id.StartsWith("libtorch", StringComparison.Ordinal))
            .Select(id => (id, versions[id]))
            .ToList();
    }

    [Test]
    public void Default_ReferencesTheCpuLibTorch()
    {
        Assert.That(LibTorchReferences(), Is.EqualTo(new[] { ("libtorch-cpu-linux-x64", "2.10.0") }));
    }

    [Test]
    public void Cuda_ReferencesTheCuda128LibTorchTorchSharp0107IsBuiltFor()
    {
        Assert.That(LibTorchReferences("-p:TorchBackend=cuda"), Is.EqualTo(new[] { ("libtorch-cuda-12.8-linux-x64", "2.10.0") }));
    }

    [Test]
    public void External_ReferencesNoLibTorch()
    {
        Assert.That(LibTorchReferences("-p:TorchBackend=external"), Is.Empty);
    }

    [Test]
    public void UnknownBackend_StopsTheBuildNamingTheChoices()
    {
        var (exitCode, output) = MsBuild("-p:TorchBackend=rocm", "-t:CollectPackageReferences");
        Assert.That(exitCode, Is.Not.EqualTo(0));
        Assert.That(output, Does.Contain("error GRADING001: Unknown TorchBackend 'rocm': use cpu (the default), cuda (libtorch-cuda-12.8-linux-x64 2.10.0 from nuget.org) or external"));
    }

    [Test]
    public void Cuda_WithoutThePackageRestored_StopsTheBuildSayingWhereItIsPublished()
    {
        string cache = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
            "libtorch-cuda-12.8-linux-x64", "2.10.0");
        if (Directory.Exists(cache)) Assert.Ignore("The CUDA libtorch is restored on this machine.");
        var (exitCode, output) = MsBuild("-p:TorchBackend=cuda", "-t:GradingCheckLibTorchRestored");
        Assert.That(exitCode, Is.Not.EqualTo(0));
        Assert.That(output, Does.Contain("error GRADING002: TorchBackend=cuda needs the NuGet package libtorch-cuda-12.8-linux-x64 2.10.0")
            .And.Contain("https://api.nuget.org/v3/index.json"));
    }
}
