using Grading.Core.Compiling;
using Grading.Tests.Support;

namespace Grading.Tests.Compiling;

/// <summary>File and folder names whose bytes are not UTF-8 are read like any other, under a name with the bad bytes escaped.</summary>
public class SubmissionSourceFileNameTests
{
    [Test]
    public void Read_FileNameNotUtf8_ReadsItUnderAnEscapedName()
    {
        using var folder = new TempFolder();
        folder.Write("A.cs", "class A {}");
        Latin1Names.WriteFile(folder.Path, "Seçtion.cs", "class B {}");

        var source = SubmissionSource.Read(folder.Path);

        Assert.That(source.Files.Select(f => (f.RelativePath, f.Text)), Is.EqualTo(new[] { ("A.cs", "class A {}"), ("Se\\xE7tion.cs", "class B {}") }));
        Assert.That(source.Notes, Is.Empty);
    }

    [Test]
    public void Read_FolderNameNotUtf8_ReadsItsFilesUnderEscapedNames()
    {
        using var folder = new TempFolder();
        Latin1Names.Run(folder.Path, "Françoise", "mkdir \"$name\" && printf 'class C {}' > \"$name/C.cs\" && printf 'class D {}' > \"$name/$name.cs\"");

        var source = SubmissionSource.Read(folder.Path);

        Assert.That(source.Files.Select(f => (f.RelativePath, f.Text)), Is.EqualTo(new[]
        {
            ("Fran\\xE7oise/C.cs", "class C {}"), ("Fran\\xE7oise/Fran\\xE7oise.cs", "class D {}"),
        }));
    }

    [Test]
    public void Read_LinkWithNameNotUtf8_IsLeftOutWithANote()
    {
        using var folder = new TempFolder();
        folder.Write("A.cs", "class A {}");
        Latin1Names.Run(folder.Path, "Lién.cs", "ln -s A.cs \"$name\"");

        var source = SubmissionSource.Read(folder.Path);

        Assert.That(source.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "A.cs" }));
        Assert.That(source.Notes.Select(n => (n.File, n.Id)), Is.EqualTo(new[] { ("Li\\xE9n.cs", "SRC002") }));
    }
}
