using System.IO.Compression;
using System.Text;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Cli;

/// <summary>
/// Malformed input through the CLI as users meet it: a clear sentence and exit 2 when nothing can be graded,
/// a graded result with a note when something can, and never a stack trace.
/// </summary>
public class CliMalformedInputTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private TempFolder _work = null!;

    [SetUp]
    public void NewWorkingFolder() => _work = new TempFolder("grader-cli-bad-");

    [TearDown]
    public void RemoveWorkingFolder() => _work.Dispose();

    private GraderProcess.Outcome Grader(params string[] args) => GraderProcess.Run(_work.Path, Timeout, args);

    private static void AssertCannotGrade(GraderProcess.Outcome run, string message)
    {
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr, Does.StartWith("grader: ").And.Contain(message));
        Assert.That(run.Stderr, Does.Not.Contain("   at "), "a sentence, not a stack trace");
    }

    /// <summary>The untouched template: it compiles and every section answers "not implemented" at once.</summary>
    private string TemplateCopy(string name)
    {
        string folder = Path.Combine(_work.Path, name);
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.GetFiles(Ps1Grading.Template, "*.cs")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    [Test]
    public void Check_EmptyFolder_Exits2SayingItHoldsNoSource()
    {
        string empty = Directory.CreateDirectory(Path.Combine(_work.Path, "empty")).FullName;
        AssertCannotGrade(Grader("check", empty), "holds no .cs files");
    }

    [Test]
    public void Check_PlainFile_Exits2SayingAFolderOrZipIsExpected()
    {
        string file = _work.Write("Section11.cs", "class A {}");
        AssertCannotGrade(Grader("check", file), "is a file, not a submission folder or a .zip of one");
    }

    [Test]
    public void Check_HugeSourceFile_Exits2NamingTheFileAndTheLimit()
    {
        string folder = TemplateCopy("huge");
        File.WriteAllText(Path.Combine(folder, "Weights.cs"), "// " + new string('0', 5 * 1024 * 1024));
        AssertCannotGrade(Grader("check", folder), "Weights.cs");
        UngradedOutput.AssertZeroWithReason(_work.Path, "Weights.cs");
    }

    [Test]
    public void Check_NonUtf8Source_IsGradedWithANoteInTheSummaryAndTheReport()
    {
        string folder = TemplateCopy("latin1");
        string file = Path.Combine(folder, "Section11ClosedForm.cs");
        File.WriteAllBytes(file, [.. Encoding.Latin1.GetBytes("// Autor: José\n"), .. File.ReadAllBytes(file)]);
        string json = Path.Combine(_work.Path, "latin1.json");

        var run = Grader("check", folder, "--json", json, "--device", "cpu");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(run.Stdout, Does.Contain("Note: Section11ClosedForm.cs(1,14): warning SRC001: the file is not valid UTF-8"));
        var result = ResultJson.Deserialize(File.ReadAllText(json));
        Assert.That(result.Compilation.Succeeded, Is.True);
        Assert.That(result.Compilation.Diagnostics.Select(d => d.Id), Does.Contain("SRC001"));
        Assert.That(File.ReadAllText(Path.ChangeExtension(json, ".html")), Does.Contain("Notes on the files").And.Contain("not valid UTF-8"));
    }

    [Test]
    public void Check_Zip_IsGradedAsTheFolderItHoldsAndNamedAfterTheZip()
    {
        string folder = TemplateCopy("carol");
        string zip = Path.Combine(_work.Path, "carol.zip");
        ZipFile.CreateFromDirectory(folder, zip, CompressionLevel.Optimal, includeBaseDirectory: true);
        Directory.Delete(folder, recursive: true);

        var run = Grader("check", zip, "--device", "cpu");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        var result = ResultJson.Deserialize(File.ReadAllText(Path.Combine(_work.Path, "grading-output", "carol", "result.json")));
        Assert.That(result.Student, Is.EqualTo("carol"));
        Assert.That(result.Compilation.Files, Does.Contain("Section11ClosedForm.cs"));
        Assert.That(result.Sections.Select(s => s.FirstProblem), Has.All.Contains("not implemented"));
    }

    [Test]
    public void Check_ZipEscapingItsFolder_Exits2AndWritesNothingOutside()
    {
        string zip = Path.Combine(_work.Path, "mallory.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(archive.CreateEntry("Section11.cs").Open())) writer.Write("class A {}");
            using (var writer = new StreamWriter(archive.CreateEntry("../../Escaped.cs").Open())) writer.Write("class B {}");
        }
        AssertCannotGrade(Grader("check", zip), "points outside the submission folder");
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(_work.Path)!, "Escaped.cs", SearchOption.TopDirectoryOnly), Is.Empty);
    }

    [Test]
    public void Check_BrokenAssignmentYaml_Exits2WithFileAndLine()
    {
        string spec = CopyAssignment();
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("seed: 2025", "seed: [2025"));
        AssertCannotGrade(Grader("check", Ps1Grading.Template, "--assignments-dir", _work.Path + "/assignments"), "assignment.yml(");
    }

    [Test]
    public void Check_ChangedDataCsv_Exits2SayingTheChecksumDiffers()
    {
        string csv = Path.Combine(Path.GetDirectoryName(CopyAssignment())!, "data", "california_housing_train.csv");
        File.AppendAllText(csv, "1,2,3\n");
        AssertCannotGrade(Grader("check", Ps1Grading.Template, "--assignments-dir", _work.Path + "/assignments"), "the data file was changed");
    }

    [Test]
    public void Check_MalformedDataRowWithoutChecksum_Exits2NamingTheRow()
    {
        string spec = CopyAssignment();
        File.WriteAllLines(spec, File.ReadAllLines(spec).Where(l => !l.TrimStart().StartsWith("sha256:", StringComparison.Ordinal)));
        string csv = Path.Combine(Path.GetDirectoryName(spec)!, "data", "california_housing_train.csv");
        var lines = File.ReadAllLines(csv);
        lines[4] = string.Join(',', lines[4].Split(',')[..^1]);
        File.WriteAllLines(csv, lines);
        AssertCannotGrade(Grader("check", Ps1Grading.Template, "--assignments-dir", _work.Path + "/assignments"),
            "california_housing_train.csv(5): expected 9 values, found 8.");
    }

    /// <summary>PS1's assignment.yml and data under <c>assignments/ps1-autograd</c> of the working folder; returns the spec's path.</summary>
    private string CopyAssignment()
    {
        string source = Path.Combine(TestContext.CurrentContext.TestDirectory, "assignments", "ps1-autograd");
        string target = Path.Combine(_work.Path, "assignments", "ps1-autograd");
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return Path.Combine(target, "assignment.yml");
    }
}
