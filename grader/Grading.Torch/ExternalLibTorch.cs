using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Grading.Torch;

/// <summary>
/// A libtorch that did not come with the grader: <c>GRADING_LIBTORCH_DIR</c> names its lib folder (an installed
/// PyTorch's <c>site-packages/torch/lib</c>, or <c>libtorch/lib</c> of a download), for a grader built with
/// <c>-p:TorchBackend=external</c>. TorchSharp 0.107 has no setting for this: it loads <c>torch_cpu</c> or
/// <c>torch_cuda</c> by name, then its own libLibTorchSharp.so. So the grader loads libtorch's libraries
/// first, each one's dependencies before it; the dynamic loader then satisfies TorchSharp's loads, and
/// libLibTorchSharp.so's own dependencies, with the copies already in the process (matched by soname).
/// </summary>
public static partial class ExternalLibTorch
{
    public const string Variable = "GRADING_LIBTORCH_DIR";

    // Dependencies first. The CUDA ones exist only in a CUDA build of libtorch.
    private static readonly string[] LoadOrder = ["libc10.so", "libc10_cuda.so", "libtorch_cpu.so", "libtorch_cuda.so", "libtorch.so"];
    private static readonly string[] Required = ["libc10.so", "libtorch_cpu.so", "libtorch.so"];

    public static string? Folder => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder ? folder : null;

    /// <summary>Loads the folder's libtorch; null when it loaded, else one line saying why not.</summary>
    public static string? Load(string folder, string expectedVersion)
    {
        if (!Directory.Exists(folder)) return $"{Variable}={folder} is not a folder.";
        if (Required.FirstOrDefault(name => !File.Exists(Path.Combine(folder, name))) is { } missing)
            return $"{Variable}={folder} has no {missing}: it should name the folder holding libtorch's libraries (an installed PyTorch's torch/lib).";
        if (DeclaredVersion(folder) is { } declared && !SameMinor(declared, expectedVersion))
            return $"{Variable}={folder} holds libtorch {declared}, but TorchSharp 0.107 is built against libtorch {expectedVersion}: install that version (e.g. pip install torch=={expectedVersion}).";
        foreach (string path in LoadOrder.Select(name => Path.Combine(folder, name)).Where(File.Exists))
        {
            try
            {
                NativeLibrary.Load(path);
            }
            catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
            {
                return $"{path} does not load: {e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim()}";
            }
        }
        return null;
    }

    /// <summary>The version the folder's libtorch declares: PyTorch's <c>torch/version.py</c> or a download's
    /// <c>libtorch/build-version</c>, both one level up from lib/ (e.g. "2.10.0+cu128"); null when neither exists.</summary>
    public static string? DeclaredVersion(string folder)
    {
        string parent = Path.GetDirectoryName(Path.GetFullPath(folder).TrimEnd('/')) ?? folder;
        string versionPy = Path.Combine(parent, "version.py"), buildVersion = Path.Combine(parent, "build-version");
        if (File.Exists(versionPy)) return ParseVersionPy(File.ReadAllText(versionPy));
        return File.Exists(buildVersion) ? File.ReadAllText(buildVersion).Trim() is { Length: > 0 } v ? v : null : null;
    }

    /// <summary>"2.10.0+cu128" from a line <c>__version__ = '2.10.0+cu128'</c>.</summary>
    internal static string? ParseVersionPy(string text) => VersionLine().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>Same major and minor: libtorch keeps its C++ ABI within a minor version, not across.</summary>
    internal static bool SameMinor(string declared, string expected) =>
        string.Join('.', declared.Split('+')[0].Split('.').Take(2)) == string.Join('.', expected.Split('.').Take(2));

    [GeneratedRegex(@"^__version__\s*=\s*['""]([^'""]+)['""]", RegexOptions.Multiline)]
    private static partial Regex VersionLine();
}
