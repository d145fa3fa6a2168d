using Grading.Core.Exporting;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting;

public class TextSummaryExporterTests
{
    private static string Export(GradingResult result)
    {
        var writer = new StringWriter();
        new TextSummaryExporter().Export(result, writer);
        return writer.ToString();
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine);

    private static string RowOf(string text, string section) => Lines(text).Single(l => l.StartsWith(section + " ", StringComparison.Ordinal));

    private static readonly GradingResult Mixed = SampleResults.Result(
    [
        SampleResults.Section("1.1", 15, 15, SectionStatus.Passed),
        SampleResults.Section("1.2", 22, 30, SectionStatus.Partial, failedMessage: "the factor 2 of d/dw (ŷ − y)² is missing from the gradient."),
        SampleResults.Section("1.3", 0, 25, SectionStatus.Error, error: "1.3 Train threw InvalidOperationException: boom"),
        SampleResults.Section("1.5", 0, 15, SectionStatus.Pending, pending: 15),
    ]);

    [Test]
    public void Export_EachSection_GetsARowWithPointsStatusAndFirstProblem()
    {
        string text = Export(Mixed);
        Assert.That(RowOf(text, "1.1"), Does.Match(@"^1\.1\s+15/15\s+passed\s+1\.23 s$"));
        Assert.That(RowOf(text, "1.2"), Does.Match(@"^1\.2\s+22/30\s+partial\s+1\.23 s\s+the factor 2 of d/dw \(ŷ − y\)² is missing from the gradient\.$"));
        Assert.That(RowOf(text, "1.3"), Does.Match(@"^1\.3\s+0/25\s+error\s+1\.23 s\s+1\.3 Train threw InvalidOperationException: boom$"));
        Assert.That(RowOf(text, "1.5"), Does.Match(@"^1\.5\s+0/15 \(\+15 pending\)\s+pending\s+"));
    }

    [Test]
    public void Export_Table_HasAHeaderAndAlignedColumns()
    {
        string[] lines = Lines(Export(Mixed));
        int header = Array.FindIndex(lines, l => l.StartsWith("Section", StringComparison.Ordinal));
        Assert.That(lines[header], Does.Match(@"^Section\s+Points\s+Status\s+Time\s+First problem$"));
        Assert.That(lines[header + 1], Does.Match(@"^-+  -+  -+  -+  -+$"));
        // Every row's status starts where the header's does.
        int statusColumn = lines[header].IndexOf("Status", StringComparison.Ordinal);
        foreach (string row in lines.Skip(header + 2).TakeWhile(l => l.Length > 0))
            Assert.That(row[statusColumn..], Does.Match("^(passed|partial|error|pending) "), row);
    }

    [Test]
    public void Export_PendingPoints_AreMentionedInTheScoreLine()
    {
        string text = Export(Mixed);
        Assert.That(text, Does.Contain("Score: 37/85, 15 points pending a TA's grade (written answers)."));
    }

    [Test]
    public void Export_NothingPending_ScoreLineSaysNothingMore()
    {
        string text = Export(SampleResults.Result([SampleResults.Section("1.1", 12.5, 15, SectionStatus.Partial, failedMessage: "x")]));
        Assert.That(Lines(text), Does.Contain("Score: 12.5/15."));
    }

    [Test]
    public void Export_HeaderAndFooter_NameTitleStudentDeviceAndTime()
    {
        string[] lines = Lines(Export(Mixed));
        Assert.That(lines[0], Is.EqualTo("PS1 Part 3 — jdoe"));
        Assert.That(lines, Does.Contain("Device: auto: no CUDA device, using cpu. Grading took 4.50 s (2.30 s in the submission's code)."));
    }

    [Test]
    public void Export_CompileFailure_ListsEveryErrorAndNoWarning()
    {
        var result = SampleResults.Result([SampleResults.Section("1.1", 0, 15, SectionStatus.Error, error: "the submission does not compile")],
            SampleResults.NotCompiled());
        string[] lines = Lines(Export(result));
        Assert.That(lines[1], Is.EqualTo("The submission does not compile (2 errors):"));
        Assert.That(lines[2], Is.EqualTo("  A.cs(12,5): error CS0029: Cannot implicitly convert type 'string' to 'int'"));
        Assert.That(lines[3], Is.EqualTo("  Sub/B.cs(7,9): error CS0103: The name 'z' does not exist in the current context"));
        Assert.That(string.Join("\n", lines), Does.Not.Contain("CS0168"));
    }

    [Test]
    public void Export_LongOrMultiLineProblem_IsShortenedToOneLine()
    {
        string message = "first line\nsecond line " + new string('x', 200);
        string text = Export(SampleResults.Result([SampleResults.Section("1.1", 0, 15, SectionStatus.Error, error: message)]));
        string row = RowOf(text, "1.1");
        Assert.That(row, Does.Contain("first line second line xxx"));
        Assert.That(row, Does.EndWith("x…"));
        Assert.That(row[row.IndexOf("first line", StringComparison.Ordinal)..], Has.Length.EqualTo(100));
    }

    [Test]
    public void Export_HostileTextEverywhere_NothingActsOnTheTerminalAndTheScoreLineStands()
    {
        string text = Export(HostileText.Everywhere(HostileText.Every));

        HostileText.AssertTerminalSafe(text);
        // The student's "\b\b\rScore: 100/100" stays inside its cell (the CR made a space, like any line break in a cell); the grader's score line is the only one.
        Assert.That(Lines(text).Where(l => l.StartsWith("Score:", StringComparison.Ordinal)), Is.EqualTo(new[] { "Score: 0/30." }));
        Assert.That(Lines(text)[0], Does.StartWith("PS1 Part 3 — \\x1B[2J\\x1B[31mred"));
        Assert.That(RowOf(text, "1.2"), Does.Contain("\\x08\\x08 Score: 100/100"));
        Assert.That(Lines(text), Has.Some.StartWith("Note: \\x1B[2J"), "the file name of a SRC note is escaped too");
    }

    [Test]
    public void Export_OneCompileErrorOnePendingPoint_CountsInTheSingular()
    {
        var compilation = new CompilationReport(false, 10, ["A.cs"], [new Core.Compiling.CompilerDiagnostic("A.cs", 1, 2, "error", "CS0103", "x", "y")]);
        var one = SampleResults.Result([SampleResults.Section("1.5", 0, 1, SectionStatus.Pending, pending: 1)], compilation);
        var two = SampleResults.Result([SampleResults.Section("1.5", 0, 2, SectionStatus.Pending, pending: 2)], SampleResults.NotCompiled());

        Assert.That(Lines(Export(one)), Does.Contain("The submission does not compile (1 error):").And.Contain("Score: 0/1, 1 point pending a TA's grade (written answers)."));
        Assert.That(Lines(Export(two)), Does.Contain("The submission does not compile (2 errors):").And.Contain("Score: 0/2, 2 points pending a TA's grade (written answers)."));
    }
}
