using Grading.Core.Bulk;
using Grading.Tests.Support;

namespace Grading.Tests.Bulk;

public class ContentHashTests
{
    [Test]
    public void Submission_SameContentElsewhereOrLater_HasTheSameHash()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        a.Write("S.cs", "class S {}");
        b.Write("S.cs", "class S {}");
        string first = ContentHash.Submission(a.Path);
        File.SetLastWriteTimeUtc(Path.Combine(b.Path, "S.cs"), DateTime.UtcNow.AddDays(-3));
        Assert.That(ContentHash.Submission(b.Path), Is.EqualTo(first));
    }

    [Test]
    public void Submission_FileNameNotUtf8_IsHashedWithItsContent()
    {
        using var folder = new TempFolder();
        folder.Write("A.cs", "class A {}");
        string before = ContentHash.Submission(folder.Path);
        Latin1Names.WriteFile(folder.Path, "Seçtion.cs", "class B {}");
        string added = ContentHash.Submission(folder.Path);
        Latin1Names.Run(folder.Path, "Seçtion.cs", "printf 'class C {}' > \"$name\"");

        Assert.That(new[] { before, added, ContentHash.Submission(folder.Path) }, Is.Unique);
    }

    [Test]
    public void Submission_ChangedRenamedOrAddedFile_ChangesTheHash()
    {
        using var folder = new TempFolder();
        folder.Write("S.cs", "class S {}");
        string original = ContentHash.Submission(folder.Path);
        folder.Write("S.cs", "class S { }");
        string edited = ContentHash.Submission(folder.Path);
        File.Move(Path.Combine(folder.Path, "S.cs"), Path.Combine(folder.Path, "T.cs"));
        string renamed = ContentHash.Submission(folder.Path);
        folder.Write("sub/U.cs", "");
        Assert.That(new[] { original, edited, renamed, ContentHash.Submission(folder.Path) }, Is.Unique);
    }

    [Test]
    public void Submission_BuildOutput_IsIgnored()
    {
        using var folder = new TempFolder();
        folder.Write("S.cs", "class S {}");
        string before = ContentHash.Submission(folder.Path);
        folder.Write("bin/Debug/S.dll", "binary");
        folder.Write("obj/project.assets.json", "{}");
        Assert.That(ContentHash.Submission(folder.Path), Is.EqualTo(before));
    }

    [Test]
    public void Builds_Ps1Harness_IncludesTheAssignmentsContractsAndNotTheFramework()
    {
        var names = ContentHash.Builds("Ps1Autograd.Grading").Select(a => a.GetName().Name).ToList();
        Assert.That(names, Does.Contain("Ps1Autograd.Contracts").And.Contain("Ps1Autograd.Grading").And.Contain("Grading.Core"));
        Assert.That(names.Where(n => n!.StartsWith("System", StringComparison.Ordinal)), Is.Empty);
    }
}
