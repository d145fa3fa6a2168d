using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Grading.Core.Compiling;
using Grading.Tests.Support;

namespace Grading.Tests.Packaging;

/// <summary>What the packed tool holds: the grader and its assignments, TorchSharp's library made loadable
/// anywhere; what the feed holds: the tool and one contracts package per template; and nothing of any
/// reference solution in any package.</summary>
public class ToolPackageContentTests
{
    private const string Tools = "tools/net10.0/any/";

    private static ZipArchive Open() => ZipFile.OpenRead(PackagingSetup.Tool.ToolPackage);

    [Test]
    public void ToolPackage_HoldsTheGraderItsAssignmentAndNoLibTorch()
    {
        using var package = Open();
        var names = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.That(names, Is.SupersetOf(new[]
        {
            Tools + "grader.dll", Tools + "DotnetToolSettings.xml", Tools + "assignments/ps1-autograd/assignment.yml",
            Tools + "assignments/ps1-autograd/data/california_housing_train.csv", Tools + "Ps1Autograd.Contracts.dll",
            Tools + "Ps1Autograd.Grading.dll", Tools + "runtimes/linux-x64/native/libLibTorchSharp.so",
            Tools + "assignments/autodiff-warmup/assignment.yml", Tools + "AutodiffWarmup.Contracts.dll", Tools + "AutodiffWarmup.Grading.dll",
        }));
        using (var settings = package.GetEntry(Tools + "DotnetToolSettings.xml")!.Open())
            Assert.That(XDocument.Load(settings).Descendants("Command").Single().Attribute("Name")!.Value, Is.EqualTo("grader"));
        Assert.That(names.Where(n => n.Contains("libtorch", StringComparison.Ordinal)), Is.Empty, "libtorch is restored into the package folder, not shipped");
        Assert.That(names.Where(n => n.StartsWith(Tools + "runtimes/", StringComparison.Ordinal) && !n.StartsWith(Tools + "runtimes/linux-x64/", StringComparison.Ordinal)), Is.Empty);
        TestContext.Out.WriteLine($"Tool package: {new FileInfo(PackagingSetup.Tool.ToolPackage).Length / 1e6:0.0} MB, {package.Entries.Sum(e => e.Length) / 1e6:0.0} MB unpacked.");
    }

    [Test]
    public void ToolPackage_TorchSharpLibrary_HasItsGlibcxx3432NeedMarkedWeak()
    {
        using var work = new TempFolder("grader-tool-elf-");
        string library = Path.Combine(work.Path, "libLibTorchSharp.so");
        using (var package = Open()) package.GetEntry(Tools + "runtimes/linux-x64/native/libLibTorchSharp.so")!.ExtractToFile(library);
        string needs = ReadElf(library);
        Assert.That(needs.Split('\n').Single(l => l.Contains("Name: GLIBCXX_3.4.32", StringComparison.Ordinal)), Does.Contain("WEAK"),
            "whatever the packing machine's libstdc++, the student's may be older");
    }

    [Test]
    public void Feed_HoldsTheToolAndEachTemplatesContractsPackage()
    {
        var packages = PackagingSetup.Tool.PackedFiles.Select(Path.GetFileName);
        var expected = StudentTemplate.All.Select(t => t.ContractsPackage).Append("Grading.Tool").Append("Grading.Contracts")
            .Select(id => $"{id}.{PackedTool.Version}.nupkg");
        Assert.That(packages, Is.EquivalentTo(expected), "dotnet pack Grading.sln packs the tool and the contracts, nothing else");
    }

    [Test]
    public void EveryPackage_HoldsNothingOfAnyReferenceSolution()
    {
        foreach (string file in PackagingSetup.Tool.PackedFiles)
        {
            using var package = ZipFile.OpenRead(file);
            Assert.That(ReferenceLeaks.Find(package), Is.Empty, Path.GetFileName(file));
        }
    }

    [Test]
    public void ReferenceLeaks_PackageWithReferenceMaterial_FindsEachKind()
    {
        // The search above must be able to fail: a package with the reference compiled, copied under
        // another name, and a timing cache is flagged for each.
        var compiled = new SubmissionCompiler(new Ps1Autograd.Grading.Ps1Harness().SubmissionReferences).Compile(SubmissionSource.Read(Ps1Grading.Reference), "Innocent");
        var autodiffMlp = File.ReadAllText(Path.Combine(StudentTemplate.Autodiff.Reference, "Section6Mlp.cs"));
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, Tools + "Innocent.dll", compiled.Image!);
            Write(zip, Tools + "notes.txt", File.ReadAllBytes(Path.Combine(Ps1Grading.Reference, "Section12ArrayGradientDescent.cs")));
            Write(zip, Tools + "cache.json", "{ \"reference_duration_ms\": 12 }"u8.ToArray());
            Write(zip, "content/hints.txt", System.Text.Encoding.Unicode.GetBytes(autodiffMlp));
        }
        buffer.Position = 0;
        using var package = new ZipArchive(buffer, ZipArchiveMode.Read);
        var findings = ReferenceLeaks.Find(package);
        Assert.That(findings, Has.Some.Contains("Innocent.dll: defines the reference class Section1"));
        Assert.That(findings, Has.Some.Contains("notes.txt: holds the reference line"));
        Assert.That(findings, Has.Some.Contains("cache.json: holds reference timings"));
        Assert.That(findings, Has.Some.Contains("content/hints.txt: holds the reference line"), "the second assignment's reference, in UTF-16");
    }

    private static void Write(ZipArchive zip, string name, byte[] bytes)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(bytes);
    }

    private static string ReadElf(string library)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("readelf", ["-V", "--wide", library]) { RedirectStandardOutput = true })!;
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
}
