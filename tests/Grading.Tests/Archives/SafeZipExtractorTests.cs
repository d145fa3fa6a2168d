using System.IO.Compression;
using Grading.Core.Archives;
using Grading.Tests.Support;

namespace Grading.Tests.Archives;

public class SafeZipExtractorTests
{
    private static readonly ZipLimits Small = new(MaxTotalBytes: 1 << 20, MaxEntryBytes: 512 << 10, MaxEntries: 10, MaxCompressionRatio: 50);

    private static string Zip(TempFolder folder, params (string Name, byte[] Content)[] entries)
    {
        string path = Path.Combine(folder.Path, "in.zip");
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
            stream.Write(content);
        }
        return path;
    }

    private static byte[] Text(string s) => System.Text.Encoding.UTF8.GetBytes(s);

    [Test]
    public void Extract_NestedSources_WritesThemInsideTheFolder()
    {
        using var folder = new TempFolder();
        string zip = Zip(folder, ("alice/Section11.cs", Text("class A {}")), ("alice/sub/Helper.cs", Text("class B {}")));
        string target = Path.Combine(folder.Path, "out");
        SafeZipExtractor.Extract(zip, target, Small);
        Assert.That(File.ReadAllText(Path.Combine(target, "alice", "sub", "Helper.cs")), Is.EqualTo("class B {}"));
    }

    [TestCase("../escaped.cs")]
    [TestCase("alice/../../escaped.cs")]
    [TestCase("/tmp/absolute.cs")]
    public void Extract_PathEscapingTheFolder_IsRejectedAndWritesNothingOutside(string entry)
    {
        using var folder = new TempFolder();
        string zip = Zip(folder, (entry, Text("class Evil {}")));
        string target = Path.Combine(folder.Path, "deep", "out");
        var e = Assert.Throws<ArchiveException>(() => SafeZipExtractor.Extract(zip, target, Small))!;
        Assert.That(e.Message, Does.Contain(entry).And.Contain("outside").Or.Contain("absolute"));
        Assert.That(Directory.GetFiles(folder.Path, "*.cs", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void Extract_ZipBomb_StopsAtTheLimitWithoutWritingIt()
    {
        using var folder = new TempFolder();
        // 64 MiB of zeros compress to about 64 KiB: a ratio of ~1000, far past 50.
        string zip = Zip(folder, ("bomb.cs", new byte[64 << 20]));
        string target = Path.Combine(folder.Path, "out");
        var e = Assert.Throws<ArchiveException>(() => SafeZipExtractor.Extract(zip, target, Small))!;
        Assert.That(e.Message, Does.Contain("bomb.cs").And.Contain("zip bomb"));
        Assert.That(new FileInfo(Path.Combine(target, "bomb.cs")).Length, Is.LessThanOrEqualTo(Small.MaxEntryBytes));
    }

    [Test]
    public void Extract_ManySmallFilesPastTheTotal_IsRejected()
    {
        using var folder = new TempFolder();
        var limits = Small with { MaxTotalBytes = 100 << 10, MaxCompressionRatio = 1e6 };
        var random = new Random(1);
        var entries = Enumerable.Range(0, 5).Select(i => { var b = new byte[40 << 10]; random.NextBytes(b); return ($"f{i}.cs", b); }).ToArray();
        Assert.Throws<ArchiveException>(() => SafeZipExtractor.Extract(Zip(folder, entries), Path.Combine(folder.Path, "out"), limits));
    }

    [Test]
    public void Extract_TooManyEntries_IsRejectedBeforeWriting()
    {
        using var folder = new TempFolder();
        var entries = Enumerable.Range(0, 11).Select(i => ($"f{i}.cs", Text("x"))).ToArray();
        var e = Assert.Throws<ArchiveException>(() => SafeZipExtractor.Extract(Zip(folder, entries), Path.Combine(folder.Path, "out"), Small))!;
        Assert.That(e.Message, Does.Contain("11 entries"));
    }

    [Test]
    public void Extract_NotAZip_SaysSo()
    {
        using var folder = new TempFolder();
        string path = folder.Write("bad.zip", "this is not a zip");
        var e = Assert.Throws<ArchiveException>(() => SafeZipExtractor.Extract(path, Path.Combine(folder.Path, "out"), Small))!;
        Assert.That(e.Message, Does.StartWith("bad.zip is not a readable zip file"));
    }

    [Test]
    public void Extract_SymbolicLinkEntry_IsRejected()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "link.zip");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            var entry = archive.CreateEntry("passwd.cs");
            entry.ExternalAttributes = unchecked((int)0xA1FF0000); // S_IFLNK | 0777
            using var stream = entry.Open();
            stream.Write(Text("/etc/passwd"));
        }
        var e = Assert.Throws<ArchiveException>(() => SafeZipExtractor.Extract(path, Path.Combine(folder.Path, "out"), Small))!;
        Assert.That(e.Message, Does.Contain("symbolic link"));
    }
}
