using System.Text;
using Grading.Core.Compiling;
using Grading.Tests.Support;

namespace Grading.Tests.Compiling;

/// <summary>Source files as students' editors save them: with or without a byte-order mark, UTF-16, or Windows-1252.</summary>
public class SubmissionSourceEncodingTests
{
    private static SubmissionSource ReadBytes(TempFolder folder, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(folder.Path, "Section11.cs"), bytes);
        return SubmissionSource.Read(folder.Path);
    }

    [Test]
    public void Read_Latin1File_ReadsItAsLatin1WithANoteNamingTheLine()
    {
        using var folder = new TempFolder();
        var source = ReadBytes(folder, Encoding.Latin1.GetBytes("// ok\n// Autor: José Müller\nclass A {}\n"));

        Assert.That(source.Files[0].Text, Does.Contain("José Müller"));
        var note = source.Notes.Single();
        Assert.That((note.File, note.Line, note.Column, note.Severity, note.Id), Is.EqualTo(("Section11.cs", 2, 14, "warning", "SRC001")));
        Assert.That(note.Message, Does.Contain("not valid UTF-8 (byte 0xE9 at line 2)").And.Contain("Save it as UTF-8"));
        Assert.That(note.SourceLine, Is.EqualTo("// Autor: José Müller"));
    }

    [Test]
    public void Read_Utf8WithAndWithoutMark_HasNoNoteAndNoMarkInTheText()
    {
        using var folder = new TempFolder();
        byte[] text = Encoding.UTF8.GetBytes("// λ\nclass A {}");
        Assert.That(ReadBytes(folder, [0xEF, 0xBB, 0xBF, .. text]).Files[0].Text, Is.EqualTo("// λ\nclass A {}"));
        var plain = ReadBytes(folder, text);
        Assert.That(plain.Files[0].Text, Is.EqualTo("// λ\nclass A {}"));
        Assert.That(plain.Notes, Is.Empty);
    }

    [TestCase("utf-16")]
    [TestCase("utf-16BE")]
    [TestCase("utf-32")]
    public void Read_UnicodeWithByteOrderMark_IsDecodedByTheMark(string encodingName)
    {
        using var folder = new TempFolder();
        var encoding = Encoding.GetEncoding(encodingName);
        var source = ReadBytes(folder, [.. encoding.GetPreamble(), .. encoding.GetBytes("// ŷ − y\nclass A {}")]);
        Assert.That(source.Files[0].Text, Is.EqualTo("// ŷ − y\nclass A {}"));
        Assert.That(source.Notes, Is.Empty);
    }

    [Test]
    public void Read_FileOverTheSizeLimit_ThrowsNamingTheFileAndTheLimit()
    {
        using var folder = new TempFolder();
        folder.Write("Section11.cs", "class A {}");
        folder.Write("Data.cs", "// " + new string('x', 2 * 1024 * 1024));
        Assert.That(() => SubmissionSource.Read(folder.Path), Throws.TypeOf<SubmissionException>()
            .With.Message.Contains("Data.cs").And.Message.Contains("is 2 MiB; a source file may be at most 1 MiB"));
    }

    [Test]
    public void Read_TooMuchSourceInAll_ThrowsNamingTheTotalLimit()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 3; i++) folder.Write($"Part{i}.cs", new string('x', 600));
        var limits = new SourceLimits { MaxTotalBytes = 1500 };
        Assert.That(() => SubmissionSource.Read(folder.Path, limits), Throws.TypeOf<SubmissionException>()
            .With.Message.Contains("more than 1.5 KiB of .cs source"));
        Assert.That(SubmissionSource.Read(folder.Path, limits with { MaxTotalBytes = 1800 }).Files, Has.Count.EqualTo(3));
    }

    [Test]
    public void Read_TooManyFiles_ThrowsNamingTheCount()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 4; i++) folder.Write($"Part{i}.cs", "//");
        Assert.That(() => SubmissionSource.Read(folder.Path, new SourceLimits { MaxFiles = 3 }), Throws.TypeOf<SubmissionException>()
            .With.Message.Contains("more than 3 .cs files"));
    }

    [Test]
    public void Read_SymbolicLinks_AreNotFollowedAndSaySo()
    {
        using var outside = new TempFolder();
        string secret = outside.Write("Secret.cs", "// the grader's file");
        using var folder = new TempFolder();
        folder.Write("Section11.cs", "class A {}");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "Stolen.cs"), secret);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loop"), folder.Path);

        var source = SubmissionSource.Read(folder.Path);

        Assert.That(source.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Section11.cs" }));
        Assert.That(source.Notes.Select(n => (n.File, n.Id)), Is.EquivalentTo(new[] { ("Stolen.cs", "SRC002"), ("loop/", "SRC002") }));
    }

    [Test]
    public void Read_AFileThatIsNotAZip_SaysWhatItExpected()
    {
        using var folder = new TempFolder();
        string file = folder.Write("Section11.cs", "class A {}");
        Assert.That(() => SubmissionSource.Read(file), Throws.TypeOf<SubmissionException>()
            .With.Message.EqualTo($"'{file}' is a file, not a submission folder or a .zip of one."));
    }
}
