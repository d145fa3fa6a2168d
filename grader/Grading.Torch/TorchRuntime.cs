using System.Runtime.InteropServices;
using Grading.Core.Grading;
using TorchSharp;

namespace Grading.Torch;

/// <summary>
/// Loads TorchSharp's native library once, and when that fails says why in two lines instead of
/// TorchSharp's forty-line loader trace.
/// </summary>
public static class TorchRuntime
{
    private static readonly Lazy<string?> LoadProblem = new(TryLoad);

    /// <summary>Throws a <see cref="GradingException"/> with a two-line diagnosis when libtorch cannot load.</summary>
    public static void EnsureLoaded()
    {
        if (LoadProblem.Value is { } problem) throw new GradingException(problem);
    }

    /// <summary>The libtorch in use and where it came from: "2.10.0 (NuGet libtorch-cpu-linux-x64)", or
    /// "2.10.0+cu128 (GRADING_LIBTORCH_DIR=/…/torch/lib)" for an external one.</summary>
    public static string Version
    {
        get
        {
            EnsureLoaded();
            return ExternalLibTorch.Folder is { } folder && TorchBuild.Backend == "external"
                ? $"{ExternalLibTorch.DeclaredVersion(folder) ?? "version not declared"} ({ExternalLibTorch.Variable}={folder})"
                : $"{TorchBuild.LibTorchPackageVersion} (NuGet {TorchBuild.LibTorchPackage})";
        }
    }

    private static string? TryLoad()
    {
        if (ExternalProblem(TorchBuild.Backend, ExternalLibTorch.Folder) is { } external) return external;
        // Load the library ourselves first: its dlerror text names the real cause.
        string? direct = NativeLoadError();
        if (direct is not null) return Diagnose(direct);
        try
        {
            torch.InitializeDeviceType(DeviceType.CPU);
            return null;
        }
        catch (Exception e)
        {
            // TorchSharp's own message is a loader trace: its first line is the summary.
            return Diagnose(e.Message.Split('\n')[0]);
        }
    }

    /// <summary>What is wrong with the build's libtorch and GRADING_LIBTORCH_DIR together (two lines), or null.
    /// An external libtorch is loaded here, before TorchSharp looks for one.</summary>
    internal static string? ExternalProblem(string backend, string? folder)
    {
        const string variable = ExternalLibTorch.Variable;
        if (backend != "external")
            return folder is null ? null
                : $"{variable} is set ({folder}), but this grader was built with TorchBackend={backend}, which ships its own libtorch: a second one in the process would break both.\n"
                    + $"Unset {variable}, or build the grader with -p:TorchBackend=external.";
        if (folder is null)
            return "This grader was built with TorchBackend=external and ships no libtorch.\n"
                + $"Set {variable} to the lib folder of a libtorch {TorchBuild.LibTorchPackageVersion} (e.g. an installed PyTorch's torch/lib), or build with -p:TorchBackend=cpu.";
        return ExternalLibTorch.Load(folder, TorchBuild.LibTorchPackageVersion) is { } problem
            ? $"TorchSharp cannot use the libtorch in {variable}: {problem}\nSee README, \"GPU\", for the libtorch versions that work."
            : null;
    }

    private static string? NativeLoadError()
    {
        if (!OperatingSystem.IsLinux()) return null;
        if (LibTorchLocator.PreloadFromPackageFolder() is { } libTorchProblem) return libTorchProblem;
        string path = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        if (!File.Exists(path)) return $"{path} does not exist";
        try
        {
            NativeLibrary.Load(path);
            return null;
        }
        catch (DllNotFoundException e)
        {
            return e.Message;
        }
    }

    /// <summary>Two lines: the loader's own reason (dlerror's "… not found" line when there is one, else the
    /// message's last line, which is where .NET puts dlerror's text), then what to do.</summary>
    internal static string Diagnose(string loaderMessage)
    {
        string[] lines = loaderMessage.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string reason = lines.FirstOrDefault(l => l.Contains("not found", StringComparison.Ordinal) || l.Contains("No such file", StringComparison.Ordinal))
            ?? lines.LastOrDefault() ?? "unknown reason";
        string first = "TorchSharp cannot load its native library: " + reason;
        if (loaderMessage.Contains("GLIBCXX_", StringComparison.Ordinal))
            return first + "\nThis system's libstdc++ is older than GCC 13: run `dotnet build` again (it patches the copy beside the grader), "
                + "or install a libstdc++ from GCC 13 or newer.";
        if (loaderMessage.Contains("does not exist", StringComparison.Ordinal) || loaderMessage.Contains("No such file", StringComparison.Ordinal))
            return first + $"\nThe {TorchBuild.LibTorchPackage ?? "libtorch"} native files are missing: run `dotnet build` (the grader's repository) "
                + "or `dotnet restore` (a student's repository: it downloads libtorch into the NuGet package folder, once).";
        return first + "\nCheck that the libtorch native package matches TorchSharp 0.107 (libtorch 2.10) and that the machine is linux-x64.";
    }
}
