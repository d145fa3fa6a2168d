using Grading.Core.Exporting;
using Grading.Core.Exporting.Text;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting.Text;

/// <summary>The summary's table on a terminal of a given width (<see cref="TextSummaryExporter"/> with a width), against
/// student messages made to break it: long, wide Unicode, control characters.</summary>
public class SectionTableTests
{
    /// <summary>Long, with CJK and emoji (two cells each, one or two UTF-16 units), a combining accent, and the terminal attacks.</summary>
    private const string Hostile = "学生的权重 " + HostileText.Terminal + " \U0001F600\U0001F600 re\u0301sume\u0301 the gradient of the loss is missing the factor 2"
        + " and then it goes on for a long while so that no terminal line could hold all of it PathWithoutSpaces/x";

    private static readonly GradingResult Result = SampleResults.Result(
    [
        SampleResults.Section("1.1", 15, 15, SectionStatus.Passed),
        SampleResults.Section("1.2", 0, 30, SectionStatus.Failed, failedMessage: Hostile + new string('z', 150)),
        SampleResults.Section("1.3", 22, 25, SectionStatus.Partial, failedMessage: "the factor 2 is missing."),
    ]);

    private static string[] Table(GradingResult result, int? width)
    {
        var writer = new StringWriter();
        new TextSummaryExporter(width).Export(result, writer);
        var lines = writer.ToString().Split(Environment.NewLine);
        int header = Array.FindIndex(lines, l => l.StartsWith("Section", StringComparison.Ordinal));
        return lines.Skip(header).TakeWhile(l => l.Length > 0).ToArray();
    }

    [TestCase(60)]
    [TestCase(100)]
    [TestCase(200)]
    public void Export_TerminalWidth_NoTableLinePassesTheRightEdgeAndNothingActsOnTheTerminal(int width)
    {
        string[] table = Table(Result, width);

        Assert.That(table.Select(TerminalCells.Width), Has.All.LessThanOrEqualTo(width), string.Join("\n", table));
        Assert.That(table.Any(l => l.Any(char.IsSurrogate) && l.Count(char.IsSurrogate) % 2 == 1), Is.False, "no half emoji");
        Assert.That(string.Concat(table).Where(c => char.IsControl(c)), Is.Empty);
        Assert.That(string.Join(" ", table), Does.Contain("\\x1B[2J"), "the escape shows as text");
        Assert.That(table[^1], Does.StartWith("1.3 ").And.EndWith("the factor 2 is missing."), "the next row follows the wrapped one");
        // The same table laid out by string.Length would run past the edge: the wide characters take two cells.
        Assert.That(table.Any(l => TerminalCells.Width(l) > l.Length), Is.True, "the test has wide text in a line");
    }

    [Test]
    public void Export_Width100_ProblemWrapsInItsColumnForAtMostThreeLines()
    {
        string[] table = Table(Result, 100);

        int column = table[0].IndexOf("First problem", StringComparison.Ordinal);
        int row = Array.FindIndex(table, l => l.StartsWith("1.2 ", StringComparison.Ordinal));
        string[] continuation = table[(row + 1)..^1];
        Assert.That(continuation, Has.Length.EqualTo(SectionTable.MaxProblemLines - 1));
        Assert.That(continuation, Has.All.Match($"^ {{{column}}}\\S"), "continuation lines start under the heading");
        Assert.That(table[row][column..], Does.StartWith("学生的权重 \\x1B[2J"));
        Assert.That(continuation[^1], Does.EndWith("…"), "the rest is cut");
        // Lined up by cells: the status column starts at the same cell in every row, the wide text is all after it.
        int status = table[0].IndexOf("Status", StringComparison.Ordinal);
        Assert.That(table.Skip(2).Where(l => !l.StartsWith(' ')).Select(l => l[status..].Split(' ')[0]), Is.EqualTo(new[] { "passed", "failed", "partial" }));
    }

    [Test]
    public void Export_Width60WithPendingPoints_ProblemsGoUnderTheirRow()
    {
        var result = SampleResults.Result(
        [
            SampleResults.Section("1.2", 0, 30, SectionStatus.Failed, failedMessage: Hostile),
            SampleResults.Section("1.5", 0, 15, SectionStatus.Pending, pending: 15),
        ]);

        string[] table = Table(result, 60);

        Assert.That(table[0], Is.EqualTo("Section  Points              Status   Time"), "no room for the column at 60");
        Assert.That(table[2], Does.StartWith("1.2 "));
        Assert.That(table[3..6], Has.All.StartWith("    ").And.All.Not.StartWith("     "));
        Assert.That(table[3], Does.StartWith("    学生的权重 \\x1B[2J"));
        Assert.That(table[6], Does.StartWith("1.5 "));
        Assert.That(table.Select(TerminalCells.Width), Has.All.LessThanOrEqualTo(60));
    }

    [Test]
    public void Export_WideTerminalShortProblem_OneLinePerSectionAsInThePlainLayout()
    {
        var result = SampleResults.Result([SampleResults.Section("1.3", 22, 25, SectionStatus.Partial, failedMessage: "the factor 2 is missing.")]);

        Assert.That(Table(result, 200), Is.EqualTo(Table(result, null)));
    }

    [Test]
    public void Export_NoWidth_PlainLayoutIgnoresTheTerminalOneLinePerSection()
    {
        string[] plain = Table(Result, null);

        Assert.That(plain, Has.Length.EqualTo(5), "header, rule and one line per section");
        Assert.That(plain[3], Does.EndWith("…"));
        Assert.That(Table(Result, 60), Has.Length.GreaterThan(5), "a terminal's table is laid out differently");
    }

    [Test]
    public void Export_TinyWidth_LaidOutForTheMinimumAndStillEscaped()
    {
        string[] table = Table(Result, 5);

        Assert.That(table.Select(TerminalCells.Width), Has.All.LessThanOrEqualTo(SectionTable.MinimumWidth));
        Assert.That(string.Concat(table).Where(char.IsControl), Is.Empty);
    }
}
