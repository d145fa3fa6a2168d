using Grading.Tests.Cli;
using Grading.Tests.Support;

namespace Grading.Tests.Bulk;

/// <summary>
/// <c>grader bulk</c> on student folders named to attack the gradebook (a spreadsheet formula) or not in UTF-8: both are
/// graded, the terminal shows their names as text, and the CSVs cannot run a formula.
/// </summary>
public class BulkHostileNamesTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(6);

    [Test]
    public void Bulk_FormulaAndLatin1FolderNames_AreGradedAndWrittenSafely()
    {
        using var work = new TempFolder("bulk-hostile-");
        string classFolder = Path.Combine(work.Path, "class");
        string formula = Path.Combine(classFolder, HostileText.Formula);
        Directory.CreateDirectory(formula);
        foreach (string file in Directory.GetFiles(Ps1Grading.Template, "*.cs")) File.Copy(file, Path.Combine(formula, Path.GetFileName(file)));
        Latin1Names.Run(classFolder, "Françoise", $"mkdir \"$name\" && cp '{Ps1Grading.Template}'/*.cs \"$name\"/");
        string output = Path.Combine(work.Path, "out");

        var run = GraderProcess.Run(work.Path, Limit, "bulk", classFolder, "--out", output, "--jobs", "1");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stdout + run.Stderr);
        Assert.That(run.Stdout.Where(c => char.IsControl(c) && c != '\n').Select(c => (int)c), Is.Empty);
        Assert.That(run.Stdout, Does.Contain("Fran\\xE7oise: 0/100").And.Contain("=cmd|' calc'!A0: 0/100"));
        Assert.That(run.Stderr, Does.Contain("Gradebook: the id '=cmd|' calc'!A0' (student '=cmd|' calc'!A0') starts like a spreadsheet formula"));
        string[] canvas = File.ReadAllLines(Path.Combine(output, "canvas.csv"));
        Assert.That(canvas.Skip(2), Is.EqualTo(new[] { "'=cmd|' calc'!A0,,'=cmd|' calc'!A0,,,0", "Fran\\xE7oise,,Fran\\xE7oise,,,0" }));
        // Written as '=… it would match no Moodle user and stop Moodle's whole import: it is kept apart.
        Assert.That(File.ReadAllLines(Path.Combine(output, "moodle.csv")), Has.None.Contains("cmd|"));
        Assert.That(File.ReadAllLines(Path.Combine(output, "moodle-unmatched.csv")), Has.Some.StartWith("'=cmd|' calc'!A0,,'=cmd|' calc'!A0,0,"));
    }
}
