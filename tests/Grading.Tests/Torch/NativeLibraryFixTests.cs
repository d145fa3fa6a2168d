using System.Diagnostics;
using System.Text;
using TorchSharp;

namespace Grading.Tests.Torch;

/// <summary>The build's TorchSharp fix (build/TorchSharpNativeFix.targets): applied beside the program,
/// exactly when the system libstdc++ lacks GLIBCXX_3.4.32, and enough for libtorch to load and compute.</summary>
public class NativeLibraryFixTests
{
    private static readonly string[] SystemLibStdCxx =
        ["/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib64/libstdc++.so.6", "/lib64/libstdc++.so.6"];

    [Test]
    public void BuildOutput_LibTorchSharp_HasTheRequirementWeakExactlyWhenTheSystemLacksTheVersion()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("The fix is for Linux only.");
        string library = Path.Combine(TestContext.CurrentContext.TestDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        string line = ReadElfVersionNeeds(library).Split('\n').Single(l => l.Contains("Name: GLIBCXX_3.4.32", StringComparison.Ordinal));
        bool systemHasVersion = SystemLibStdCxx.Where(File.Exists).Take(1).Any(p => Contains(File.ReadAllBytes(p), "GLIBCXX_3.4.32\0"));
        Assert.That(line.Contains("WEAK", StringComparison.Ordinal), Is.EqualTo(!systemHasVersion), line);
    }

    [Test]
    public void TorchSharp_AfterTheFix_LoadsAndComputes()
    {
        using var sum = torch.ones(3, dtype: torch.float64).sum();
        Assert.That(sum.item<double>(), Is.EqualTo(3.0));
    }

    private static string ReadElfVersionNeeds(string library)
    {
        var start = new ProcessStartInfo("readelf", ["-V", "--wide", library]) { RedirectStandardOutput = true, RedirectStandardError = true };
        try
        {
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("readelf (binutils) is not installed.");
            return "";
        }
    }

    private static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;
}
