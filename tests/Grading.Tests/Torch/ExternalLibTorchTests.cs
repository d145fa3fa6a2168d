using Grading.Torch;
using Grading.Tests.Support;

namespace Grading.Tests.Torch;

/// <summary>GRADING_LIBTORCH_DIR: a libtorch from elsewhere (PyTorch's torch/lib) is checked before anything loads.</summary>
public class ExternalLibTorchTests
{
    private static readonly string[] Libraries = ["libc10.so", "libtorch_cpu.so", "libtorch.so"];

    [Test]
    public void ParseVersionPy_PyTorchVersionFile_IsTheVersion()
    {
        const string text = "from typing import Optional\n__all__ = ['__version__']\n__version__ = '2.10.0+cu128'\ndebug = False\ncuda: Optional[str] = '12.8'\n";
        Assert.That(ExternalLibTorch.ParseVersionPy(text), Is.EqualTo("2.10.0+cu128"));
        Assert.That(ExternalLibTorch.ParseVersionPy("debug = False\n"), Is.Null);
    }

    [TestCase("2.10.0+cu128", "2.10.0", true)]
    [TestCase("2.10.1", "2.10.0", true)]
    [TestCase("2.9.1+cu126", "2.10.0", false)]
    [TestCase("2.1.0", "2.10.0", false)]
    public void SameMinor_ComparesMajorAndMinorOnly(string declared, string expected, bool same)
    {
        Assert.That(ExternalLibTorch.SameMinor(declared, expected), Is.EqualTo(same));
    }

    [Test]
    public void Load_MissingFolder_SaysItIsNotAFolder()
    {
        Assert.That(ExternalLibTorch.Load("/no/such/torch/lib", "2.10.0"), Is.EqualTo("GRADING_LIBTORCH_DIR=/no/such/torch/lib is not a folder."));
    }

    [Test]
    public void Load_FolderWithoutLibTorch_NamesTheMissingLibrary()
    {
        using var folder = new TempFolder("libtorch-");
        File.WriteAllText(Path.Combine(folder.Path, "libc10.so"), "");
        Assert.That(ExternalLibTorch.Load(folder.Path, "2.10.0"), Does.Contain("has no libtorch_cpu.so").And.Contain("torch/lib"));
    }

    [Test]
    public void Load_PyTorchOfAnotherVersion_IsRefusedBeforeLoadingAnything()
    {
        // torch/version.py beside torch/lib, as a pip install lays them out; the libraries are empty files,
        // so loading any of them would fail with a different message.
        using var torch = new TempFolder("torch-");
        string lib = Directory.CreateDirectory(Path.Combine(torch.Path, "lib")).FullName;
        foreach (string name in Libraries) File.WriteAllText(Path.Combine(lib, name), "");
        File.WriteAllText(Path.Combine(torch.Path, "version.py"), "__version__ = '2.9.1+cu126'\n");
        Assert.That(ExternalLibTorch.DeclaredVersion(lib), Is.EqualTo("2.9.1+cu126"));
        Assert.That(ExternalLibTorch.Load(lib, "2.10.0"), Does.Contain("holds libtorch 2.9.1+cu126, but TorchSharp 0.107 is built against libtorch 2.10.0"));
    }

    [Test]
    public void Load_LibTorchDownloadOfTheRightVersionThatDoesNotLoad_SaysWhichFileAndWhy()
    {
        using var libtorch = new TempFolder("libtorch-");
        string lib = Directory.CreateDirectory(Path.Combine(libtorch.Path, "lib")).FullName;
        foreach (string name in Libraries) File.WriteAllText(Path.Combine(lib, name), "not an ELF file");
        File.WriteAllText(Path.Combine(libtorch.Path, "build-version"), "2.10.0+cu128\n");
        Assert.That(ExternalLibTorch.DeclaredVersion(lib), Is.EqualTo("2.10.0+cu128"));
        Assert.That(ExternalLibTorch.Load(lib, "2.10.0"), Does.StartWith(Path.Combine(lib, "libc10.so") + " does not load"));
    }

    [Test]
    public void ExternalProblem_BundledBuildWithTheVariableSet_RefusesASecondLibTorch()
    {
        string[] lines = TorchRuntime.ExternalProblem("cpu", "/opt/torch/lib")!.Split('\n');
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Does.Contain("GRADING_LIBTORCH_DIR is set (/opt/torch/lib), but this grader was built with TorchBackend=cpu"));
        Assert.That(lines[1], Does.Contain("-p:TorchBackend=external"));
    }

    [Test]
    public void ExternalProblem_ExternalBuildWithoutTheVariable_SaysToSetIt()
    {
        string[] lines = TorchRuntime.ExternalProblem("external", null)!.Split('\n');
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[1], Does.StartWith("Set GRADING_LIBTORCH_DIR to the lib folder of a libtorch"));
    }

    [Test]
    public void ExternalProblem_BundledBuildWithoutTheVariable_IsNone()
    {
        Assert.That(TorchRuntime.ExternalProblem("cpu", null), Is.Null);
        Assert.That(TorchRuntime.ExternalProblem("cuda", null), Is.Null);
    }
}
