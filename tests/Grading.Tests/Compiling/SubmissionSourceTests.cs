using Grading.Core.Compiling;
using Grading.Tests.Support;

namespace Grading.Tests.Compiling;

public class SubmissionSourceTests
{
    [Test]
    public void Read_NestedFolders_NamesFilesRelativeWithForwardSlashesInOrder()
    {
        using var folder = new TempFolder();
        folder.Write("Section12.cs", "// 12");
        folder.Write("Helpers/Math/Vectors.cs", "// vectors");
        folder.Write("Helpers/Loss.cs", "// loss");
        var source = SubmissionSource.Read(folder.Path);
        Assert.That(source.Root, Is.EqualTo(Path.GetFullPath(folder.Path)));
        Assert.That(source.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Helpers/Loss.cs", "Helpers/Math/Vectors.cs", "Section12.cs" }));
        Assert.That(source.Files.Single(f => f.RelativePath == "Helpers/Loss.cs").Text, Is.EqualTo("// loss"));
    }

    [Test]
    public void Read_BuildAndToolFolders_AreIgnored()
    {
        using var folder = new TempFolder();
        folder.Write("Section11.cs", "// 11");
        folder.Write("bin/Debug/Generated.cs", "// bin");
        folder.Write("obj/Debug/net10.0/AssemblyInfo.cs", "// obj");
        folder.Write("OBJ/Upper.cs", "// case-insensitive");
        folder.Write(".git/hooks/Hook.cs", "// git");
        folder.Write(".vs/State.cs", "// vs");
        folder.Write("src/bin/Nested.cs", "// a bin below a source folder is build output too");
        folder.Write("binary/Kept.cs", "// only exact folder names are skipped");
        var source = SubmissionSource.Read(folder.Path);
        Assert.That(source.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Section11.cs", "binary/Kept.cs" }));
    }

    [Test]
    public void Read_NonCsFiles_AreIgnored()
    {
        using var folder = new TempFolder();
        folder.Write("Section11.cs", "// 11");
        folder.Write("notes.txt", "x");
        folder.Write("Project.csproj", "<Project />");
        folder.Write("Section11.cs.bak", "// old");
        Assert.That(SubmissionSource.Read(folder.Path).Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Section11.cs" }));
    }

    [Test]
    public void Read_MissingFolder_ThrowsNamingIt()
    {
        using var folder = new TempFolder();
        string missing = Path.Combine(folder.Path, "nope");
        Assert.That(() => SubmissionSource.Read(missing),
            Throws.TypeOf<SubmissionException>().With.Message.EqualTo($"The submission folder '{missing}' does not exist."));
    }

    [Test]
    public void Read_FolderWithoutCsFiles_ThrowsNamingIt()
    {
        using var folder = new TempFolder();
        folder.Write("README.md", "# nothing here");
        folder.Write("obj/Only.cs", "// build output does not count");
        Assert.That(() => SubmissionSource.Read(folder.Path),
            Throws.TypeOf<SubmissionException>().With.Message.EqualTo($"The submission folder '{folder.Path}' holds no .cs files."));
    }

    [Test]
    public void Read_Utf8Source_KeepsNonAsciiText()
    {
        using var folder = new TempFolder();
        folder.Write("Section15.cs", "// ŷ − y, λmax");
        Assert.That(SubmissionSource.Read(folder.Path).Files[0].Text, Is.EqualTo("// ŷ − y, λmax"));
    }
}
