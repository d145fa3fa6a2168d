using System.Runtime.InteropServices;
using Grading.Torch;
using Grading.Tests.Support;

namespace Grading.Tests.Torch;

public class TorchRuntimeTests
{
    private const string GlibcxxMessage =
        "/opt/grader/runtimes/linux-x64/native/libLibTorchSharp.so: /lib/x86_64-linux-gnu/libstdc++.so.6: "
        + "version `GLIBCXX_3.4.32' not found (required by /opt/grader/runtimes/linux-x64/native/libtorch_cpu.so)";

    [Test]
    public void Diagnose_GlibcxxMismatch_GivesCauseThenRemedyInTwoLines()
    {
        string[] lines = TorchRuntime.Diagnose(GlibcxxMessage).Split('\n');
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Is.EqualTo("TorchSharp cannot load its native library: " + GlibcxxMessage));
        Assert.That(lines[1], Does.StartWith("This system's libstdc++ is older than GCC 13").And.Contain("run `dotnet build` again"));
    }

    [Test]
    public void Diagnose_GlibcxxAsDotNetReportsIt_KeepsTheLoadersLineAsTheCause()
    {
        // DllNotFoundException's own layout: generic advice, then the loader's text on the next line.
        string dotnet = "Unable to load shared library '/opt/grader/runtimes/linux-x64/native/libLibTorchSharp.so' or one of its dependencies. "
            + "In order to help diagnose loading problems, consider using a tool like strace. If you're using glibc, consider setting "
            + "the LD_DEBUG environment variable: \n" + GlibcxxMessage + "\n";
        string[] lines = TorchRuntime.Diagnose(dotnet).Split('\n');
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Is.EqualTo("TorchSharp cannot load its native library: " + GlibcxxMessage));
        Assert.That(lines[1], Does.StartWith("This system's libstdc++ is older than GCC 13"));
    }

    [Test]
    public void Diagnose_MissingFile_SaysTheNativeFilesAreMissing()
    {
        string[] lines = TorchRuntime.Diagnose("/opt/grader/runtimes/linux-x64/native/libLibTorchSharp.so does not exist").Split('\n');
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Does.EndWith("libLibTorchSharp.so does not exist"));
        Assert.That(lines[1], Does.StartWith($"The {TorchBuild.LibTorchPackage} native files are missing").And.Contain("dotnet build"));
    }

    [Test]
    public void Diagnose_NoSuchFileFromTheLoader_SaysTheNativeFilesAreMissing()
    {
        string[] lines = TorchRuntime.Diagnose("libtorch_cpu.so: cannot open shared object file: No such file or directory").Split('\n');
        Assert.That(lines[1], Does.StartWith($"The {TorchBuild.LibTorchPackage} native files are missing"));
    }

    [Test]
    public void Diagnose_OtherProblem_PointsAtVersionsAndPlatform()
    {
        string[] lines = TorchRuntime.Diagnose("  something odd happened  ").Split('\n');
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Is.EqualTo("TorchSharp cannot load its native library: something odd happened"));
        Assert.That(lines[1], Does.Contain("TorchSharp 0.107").And.Contain("linux-x64"));
    }

    [Test]
    public void Diagnose_RealLoaderMessage_StaysTwoLines()
    {
        // What NativeLibrary.Load really says about a file that is not a library: the grader passes
        // that text to Diagnose unchanged, so its line breaks must not leak into the diagnosis.
        if (!OperatingSystem.IsLinux()) Assert.Ignore("The loader message checked here is Linux's.");
        using var folder = new TempFolder();
        string fake = folder.Write("libFake.so", "not an ELF file");
        var thrown = Assert.Throws<DllNotFoundException>(() => NativeLibrary.Load(fake))!;
        string[] lines = TorchRuntime.Diagnose(thrown.Message).Split('\n');
        Assert.That(lines, Has.Length.EqualTo(2), string.Join("\n", lines));
        Assert.That(lines[0], Does.Contain("libFake.so").And.Not.Contain("strace"), "the loader's cause, not .NET's generic advice");
    }

    [Test]
    public void EnsureLoaded_OnThisMachine_LoadsLibTorch()
    {
        Assert.That(TorchRuntime.EnsureLoaded, Throws.Nothing);
        Assert.That(TorchRuntime.Version, Does.StartWith("2.10"));
    }
}
