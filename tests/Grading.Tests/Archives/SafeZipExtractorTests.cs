using System.IO.Compression;
using Grading.Core.Archives;
using Grading.Tests.Support;

namespace Grading.Tests.Archives;

/// <summary>A class zip's bad entry costs only the student whose folder holds it: their folder is refused with a
/// reason, everyone else's files are extracted; only a zip that cannot be read at all throws.</summary>
public class SafeZipExtractorTests
{
    private static readonly ZipLimits Small = new(MaxTotalBytes: 1 << 20, MaxEntryBytes: 512 << 10, MaxEntries: 10, MaxCompressionRatio: 50)
    {
        MaxStudentBytes = 600 << 10,
    };

    private static ZipExtraction Extract(TempFolder folder, Action<ClassZipBuilder> build, ZipLimits? limits = null)
    {
        string zip = System.IO.Path.Combine(folder.Path, "class.zip");
        using (var builder = new ClassZipBuilder(zip)) build(builder);
        return SafeZipExtractor.Extract(zip, System.IO.Path.Combine(folder.Path, "out"), limits ?? Small);
    }

    private static string[] Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    [Test]
    public void Extract_NestedSources_WritesThemInsideTheFolder()
    {
        using var folder = new TempFolder();
        var extraction = Extract(folder, zip => zip.File("alice/Section11.cs", "class A {}").File("alice/sub/Helper.cs", "class B {}"));
        Assert.That(extraction.Refused, Is.Empty);
        Assert.That(File.ReadAllText(System.IO.Path.Combine(extraction.Folder, "alice", "sub", "Helper.cs")), Is.EqualTo("class B {}"));
    }

    [Test]
    public void Extract_SingleWrappingFolder_IsTheClassFolder()
    {
        using var folder = new TempFolder();
        var extraction = Extract(folder, zip => zip.File("class/alice/A.cs", "class A {}").Symlink("class/bob/B.cs", "/etc/passwd"));
        Assert.That(System.IO.Path.GetFileName(extraction.Folder), Is.EqualTo("class"));
        Assert.That(extraction.RefusedStudents.Keys, Is.EqualTo(new[] { "bob" }));
    }

    [TestCase("bob/../../escaped.cs", "climbs out of its folder")]
    [TestCase("bob/../alice/Section11.cs", "climbs out of its folder")]
    [TestCase("bob/C:/x.cs", "`:`")]
    [TestCase("bob/bad\u0001name.cs", "control characters (`bad\\x01name.cs`)")]
    public void Extract_BadNameInOneStudentsFolder_RefusesThatStudentOnly(string entry, string reason)
    {
        using var folder = new TempFolder();
        var extraction = Extract(folder, zip => zip.File("alice/Section11.cs", "class A {}").File("bob/Good.cs", "class G {}").File(entry, "class Evil {}"));
        Assert.That(extraction.RefusedStudents.Keys, Is.EqualTo(new[] { "bob" }));
        Assert.That(extraction.RefusedStudents["bob"], Does.StartWith("your submission contains").And.Contain(reason));
        Assert.That(Files(folder.Path), Is.EqualTo(new[] { "class.zip", "out/alice/Section11.cs" }), "bob's folder is gone, nothing was written outside");
    }

    [TestCase("../escaped.cs", "climbs out")]
    [TestCase("/tmp/absolute.cs", "absolute path")]
    public void Extract_BadNameInNobodysFolder_IsLeftOutAndTheRestExtracted(string entry, string reason)
    {
        using var folder = new TempFolder();
        var extraction = Extract(folder, zip => zip.File("alice/Section11.cs", "class A {}").File(entry, "class Evil {}"));
        Assert.That(extraction.RefusedStudents, Is.Empty);
        Assert.That(extraction.Unplaced.Single(), Does.Contain(reason));
        Assert.That(Files(folder.Path), Is.EqualTo(new[] { "class.zip", "out/alice/Section11.cs" }));
    }

    [Test]
    public void Extract_SymbolicLink_RefusesItsStudentWithTheLinksName()
    {
        using var folder = new TempFolder();
        var extraction = Extract(folder, zip => zip.File("alice/A.cs", "class A {}").File("bob/B.cs", "class B {}").Symlink("bob/src/x.cs", "/etc/passwd"));
        Assert.That(extraction.RefusedStudents["bob"], Is.EqualTo("your submission contains a symbolic link `src/x.cs`; submit the files themselves, not links to them."));
        Assert.That(Directory.Exists(System.IO.Path.Combine(extraction.Folder, "bob")), Is.False);
        Assert.That(File.Exists(System.IO.Path.Combine(extraction.Folder, "alice", "A.cs")));
    }

    [Test]
    public void Extract_SymbolicLinkAsAStudentsZip_RefusesThatStudent()
    {
        using var folder = new TempFolder();
        var extraction = Extract(folder, zip => zip.File("alice/A.cs", "class A {}").Symlink("bob.zip", "/etc/shadow"));
        Assert.That(extraction.RefusedStudents.Keys, Is.EqualTo(new[] { "bob.zip" }));
        Assert.That(extraction.RefusedStudents["bob.zip"], Does.Contain("symbolic link `bob.zip`"));
    }

    [Test]
    public void Extract_NameNotValidUtf8_RefusesItsStudent()
    {
        using var folder = new TempFolder();
        var extraction = Extract(folder, zip => zip.File("alice/A.cs", "class A {}").NotUtf8Name("bob/B@@.cs", "class B {}"));
        Assert.That(extraction.RefusedStudents["bob"], Does.Contain("not valid UTF-8"));
        Assert.That(Files(extraction.Folder), Is.EqualTo(new[] { "alice/A.cs" }));
    }

    [Test]
    public void Extract_ZipBombInOneFolder_StopsThereAndExtractsTheOthers()
    {
        using var folder = new TempFolder();
        // 64 MiB of zeros compress to about 64 KiB: a ratio of ~1000, far past 50.
        var roomy = Small with { MaxTotalBytes = 1L << 30, MaxEntryBytes = 256 << 20, MaxStudentBytes = 256 << 20 }; // only the ratio can stop it
        var extraction = Extract(folder, zip => zip.File("alice/A.cs", "class A {}").File("bob/bomb.cs", new byte[64 << 20]).File("carol/C.cs", "class C {}"), roomy);
        Assert.That(extraction.RefusedStudents["bob"], Does.Contain("`bomb.cs`").And.Contain("zip bomb"));
        Assert.That(Files(extraction.Folder), Is.EqualTo(new[] { "alice/A.cs", "carol/C.cs" }));
    }

    [Test]
    public void Extract_EntryOverTheSizeLimit_RefusesItsStudent()
    {
        using var folder = new TempFolder();
        var random = new Random(1);
        var big = new byte[(512 << 10) + 1];
        random.NextBytes(big); // incompressible: the size limit, not the ratio, stops it
        var extraction = Extract(folder, zip => zip.File("alice/A.cs", "class A {}").File("bob/data.bin", big, CompressionLevel.NoCompression));
        Assert.That(extraction.RefusedStudents["bob"], Does.Contain("`data.bin`, larger than 0.5 MiB"));
        Assert.That(Files(extraction.Folder), Is.EqualTo(new[] { "alice/A.cs" }));
    }

    [Test]
    public void Extract_ManySmallFilesPastAStudentsBudget_RefusesThatStudentOnly()
    {
        using var folder = new TempFolder();
        var random = new Random(1);
        byte[] Chunk() { var b = new byte[200 << 10]; random.NextBytes(b); return b; }
        var extraction = Extract(folder, zip =>
        {
            for (int i = 0; i < 4; i++) zip.File($"bob/f{i}.bin", Chunk(), CompressionLevel.NoCompression);
            zip.File("carol/C.cs", "class C {}");
        });
        Assert.That(extraction.RefusedStudents["bob"], Does.Contain("more than 0.6 MiB"));
        Assert.That(Files(extraction.Folder), Is.EqualTo(new[] { "carol/C.cs" }));
    }

    [Test]
    public void Extract_TooManyEntriesInOneFolder_RefusesThatStudent()
    {
        using var folder = new TempFolder();
        var limits = Small with { MaxEntries = 100, MaxStudentEntries = 5 };
        var extraction = Extract(folder, zip =>
        {
            zip.File("alice/A.cs", "class A {}");
            for (int i = 0; i < 6; i++) zip.File($"bob/f{i}.cs", "x");
        }, limits);
        Assert.That(extraction.RefusedStudents["bob"], Does.Contain("more than 5 files"));
        Assert.That(Files(extraction.Folder), Is.EqualTo(new[] { "alice/A.cs" }));
    }

    [Test]
    public void Extract_NotAZip_SaysSo()
    {
        using var folder = new TempFolder();
        string path = folder.Write("bad.zip", "this is not a zip");
        var e = Assert.Throws<ArchiveException>(() => SafeZipExtractor.Extract(path, System.IO.Path.Combine(folder.Path, "out"), Small))!;
        Assert.That(e.Message, Does.StartWith("bad.zip is not a readable zip file"));
    }
}
