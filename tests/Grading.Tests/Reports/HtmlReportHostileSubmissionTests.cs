using Grading.Reports.Exporting;
using Grading.Tests.Support;

namespace Grading.Tests.Reports;

/// <summary>
/// The same encoding end to end: real submissions that print, answer and name their files with
/// hostile text are graded in-process and their reports stay inert.
/// </summary>
public class HtmlReportHostileSubmissionTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void CreateFolder() => temp = new TempFolder("hostile-report-");

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    /// <summary>The reference copied into a folder named with hostile text: the student id is the folder's name.</summary>
    private string CopyReference()
    {
        string folder = Path.Combine(temp.Path, "student" + HostileText.Image.Replace("2", "3", StringComparison.Ordinal));
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    private static string CSharpLiteral(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static void Edit(string file, string find, string replacement)
    {
        string text = File.ReadAllText(file);
        Assert.That(text, Does.Contain(find), $"{Path.GetFileName(file)} no longer contains the line this test edits");
        File.WriteAllText(file, text.Replace(find, replacement, StringComparison.Ordinal));
    }

    [Test]
    public void Render_SubmissionPrintingAndAnsweringHostileText_IsInert()
    {
        string folder = CopyReference();
        Edit(Path.Combine(folder, "Section11ClosedForm.cs"), "var weights = data.X.QR(",
            $"Console.WriteLine({CSharpLiteral(HostileText.Both)});\n        var weights = data.X.QR(");
        Edit(Path.Combine(folder, "Section15Conclusions.cs"), "\"The analytic solution is the most accurate",
            $"{CSharpLiteral(HostileText.Both)} + \"The analytic solution is the most accurate");

        var result = Ps1Grading.Grade(folder);

        Assert.That(result.Compilation.Succeeded, Is.True);
        Assert.That(result.Student, Does.Contain("<img"));
        Assert.That(result.Section("1.1").Output, Does.Contain(HostileText.Script));
        Assert.That(result.Section("1.5").Raw.Answers![0], Does.StartWith(HostileText.Both));
        HostileText.AssertInert(HtmlReportExporter.Render(result));
    }

    [Test]
    public void Render_HostileFileNameThatDoesNotCompile_IsInert()
    {
        string folder = CopyReference();
        string name = HostileText.Image.Replace("2", "3", StringComparison.Ordinal) + ".cs";
        File.WriteAllText(Path.Combine(folder, name),
            $"namespace Submission;\n\ninternal static class Hostile\n{{\n    private static readonly int X = {CSharpLiteral(HostileText.Script)};\n}}\n");

        var result = Ps1Grading.Grade(folder);

        Assert.That(result.Compilation.Succeeded, Is.False);
        var error = result.Compilation.Diagnostics.Single(d => d.Severity == "error");
        Assert.That(error.File, Is.EqualTo(name));
        Assert.That(error.SourceLine, Does.Contain(HostileText.Script));
        string html = HtmlReportExporter.Render(result);
        Assert.That(html, Does.Contain("The submission does not compile"));
        HostileText.AssertInert(html);
    }
}
