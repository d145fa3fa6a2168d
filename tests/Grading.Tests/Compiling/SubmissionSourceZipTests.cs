using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Grading.Core.Compiling;
using Grading.Tests.Support;

namespace Grading.Tests.Compiling;

/// <summary>Zipped submissions: read in place, never extracted; hostile archives rejected whole and cheaply.</summary>
public class SubmissionSourceZipTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void NewFolder() => _folder = new TempFolder("zip-source-");

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    private string Zip(string name, params (string Entry, string Text)[] entries)
    {
        string path = Path.Combine(_folder.Path, name);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, text) in entries)
        {
            using var writer = new StreamWriter(archive.CreateEntry(entry).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }
        return path;
    }

    [Test]
    public void Read_ZipOfAFolder_ReadsItsCsFilesWithoutTheWrappingFolder()
    {
        string zip = Zip("alice.zip",
            ("alice/Section11.cs", "// 11"), ("alice/Helpers/Loss.cs", "// loss"), ("alice/notes.txt", "x"),
            ("alice/obj/Debug/Generated.cs", "// build output"), ("__MACOSX/alice/._Section11.cs", "\u0000\u0005binary"));

        var source = SubmissionSource.Read(zip);

        Assert.That(source.Name, Is.EqualTo("alice"));
        Assert.That(source.Root, Is.EqualTo(zip));
        Assert.That(source.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Helpers/Loss.cs", "Section11.cs" }));
        Assert.That(source.Files.Single(f => f.RelativePath == "Section11.cs").Text, Is.EqualTo("// 11"));
        Assert.That(Directory.GetFileSystemEntries(_folder.Path), Is.EqualTo(new[] { zip }), "nothing is extracted");
    }

    [Test]
    public void Read_ZipWithFilesAtItsRoot_KeepsTheirNames()
    {
        var source = SubmissionSource.Read(Zip("bob.zip", ("Section11.cs", "// 11"), ("src/Section12.cs", "// 12")));
        Assert.That(source.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Section11.cs", "src/Section12.cs" }));
    }

    [TestCase("../../outside/Evil.cs")]
    [TestCase("alice/../../Evil.cs")]
    [TestCase("/etc/Evil.cs")]
    [TestCase("..\\Evil.cs")]
    [TestCase("C:/Windows/Evil.cs")]
    public void Read_EntryEscapingTheFolder_RejectsTheWholeArchive(string entry)
    {
        string zip = Zip("mallory.zip", ("Section11.cs", "// 11"), (entry, "// escaped"));
        Assert.That(() => SubmissionSource.Read(zip), Throws.TypeOf<SubmissionException>()
            .With.Message.EqualTo($"The zip 'mallory.zip' has an entry '{entry}' that points outside the submission folder; such archives are rejected."));
    }

    [Test]
    public void Read_ZipBomb_IsRejectedQuicklyWithoutInflatingIt()
    {
        // 1 GiB of zeros deflates to about 1 MiB: the declared size alone rejects it.
        string zip = Path.Combine(_folder.Path, "bomb.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        using (var entry = archive.CreateEntry("Section11.cs", CompressionLevel.SmallestSize).Open())
        {
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) entry.Write(zeros);
        }
        Assert.That(new FileInfo(zip).Length, Is.LessThan(4 << 20));

        var clock = Stopwatch.StartNew();
        Assert.That(() => SubmissionSource.Read(zip), Throws.TypeOf<SubmissionException>()
            .With.Message.Contains("Section11.cs in").And.Message.Contains("is 1024 MiB; a source file may be at most 1 MiB"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void Read_ZipUnderstatingItsSize_NeverYieldsMoreThanTheLimit()
    {
        // The headers claim 10 bytes; the data inflates to 3 MiB. Whether the archive reader stops at the
        // declared size or reads on, the source collector stops at the limit: never 3 MiB of text.
        string zip = Path.Combine(_folder.Path, "liar.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        using (var entry = archive.CreateEntry("Section11.cs").Open())
            entry.Write(Encoding.ASCII.GetBytes("// " + new string('x', 3 << 20)));
        ZipHeaders.OverwriteUncompressedSizes(zip, 10);

        try
        {
            Assert.That(SubmissionSource.Read(zip).Files.Single().Text.Length, Is.LessThanOrEqualTo(SourceLimits.Default.MaxFileBytes));
        }
        catch (SubmissionException e)
        {
            Assert.That(e.Message, Does.Contain("Section11.cs").Or.Contain("not a readable zip"));
        }
    }

    [Test]
    public void Read_CorruptZip_SaysItIsNotReadable()
    {
        string zip = Path.Combine(_folder.Path, "broken.zip");
        File.WriteAllBytes(zip, [(byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5]);
        Assert.That(() => SubmissionSource.Read(zip), Throws.TypeOf<SubmissionException>()
            .With.Message.StartsWith("'broken.zip' is not a readable zip archive"));
    }

    [Test]
    public void Read_ZipWithoutCsFiles_SaysSo()
    {
        string zip = Zip("empty.zip", ("README.md", "# nothing"));
        Assert.That(() => SubmissionSource.Read(zip), Throws.TypeOf<SubmissionException>()
            .With.Message.EqualTo($"The submission zip '{zip}' holds no .cs files."));
        string none = Zip("none.zip");
        Assert.That(() => SubmissionSource.Read(none), Throws.TypeOf<SubmissionException>().With.Message.Contains("holds no .cs files"));
    }
}
