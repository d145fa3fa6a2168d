using System.Text.RegularExpressions;
using Grading.Cli.Bulk;
using Grading.Core.Bulk;
using Grading.Tests.Support;
using Spectre.Console;

namespace Grading.Tests.Bulk;

/// <summary>What <c>bulk</c> prints while it grades: the plain log (a pipe, CI) and the live bar on a terminal,
/// with a line per student in both, counts in the right number, and student text that cannot act on the terminal.</summary>
public partial class BulkProgressTests
{
    private static StudentOutcome Graded(string id) =>
        new(new StudentRecord { Student = new RosterEntry(id), Status = StudentStatus.Graded, Key = "k" }, false, 85, 100, TimeSpan.FromSeconds(12.3));

    private static StudentOutcome Failed(string id, string error) =>
        new(new StudentRecord { Student = new RosterEntry(id), Status = StudentStatus.Error, Key = "k", Error = error }, false, null, null, TimeSpan.FromSeconds(1));

    private static StudentOutcome Missing(string id) =>
        new(new StudentRecord { Student = new RosterEntry(id), Status = StudentStatus.Missing, Key = "k" }, false, null, null, TimeSpan.Zero);

    [TestCase(1, "Grading 1 student.")]
    [TestCase(2, "Grading 2 students.")]
    [TestCase(0, "Grading 0 students.")]
    public void Plain_Started_CountsStudentsInTheRightNumber(int students, string expected)
    {
        var writer = new StringWriter();
        new PlainBulkProgress(writer).Started(students);
        Assert.That(writer.ToString().TrimEnd(), Is.EqualTo(expected));
    }

    [Test]
    public void Plain_Finished_OneNumberedLinePerStudent()
    {
        var writer = new StringWriter();
        var progress = new PlainBulkProgress(writer);
        progress.Started(2);
        progress.Finished(Graded("ada"));
        progress.Finished(Failed("bob", "boom"));
        Assert.That(writer.ToString().Split(Environment.NewLine)[1..3], Is.EqualTo(new[]
        {
            "[1/2] ada: 85/100 (12.3 s)",
            "[2/2] bob: could not be graded: boom (1.0 s)",
        }));
    }

    [Test]
    public void Live_EveryStudentGetsTheirPlainLineAboveTheBar_AndTheBarCountsStudentsAndErrors()
    {
        var (console, output) = Terminal();
        var outcomes = new[] { Graded("ada"), Failed("mallory", "[red]not markup[/] " + HostileText.Terminal), Missing("zoe") };

        LiveBulkProgress.Show(console, "Grading ps1-autograd", progress =>
        {
            progress.Started(outcomes.Length);
            foreach (var outcome in outcomes) progress.Finished(outcome);
            return 0;
        });

        string text = Visible(output.ToString());
        string[] expected =
        [
            "Grading 3 students.",
            "[1/3] ada: 85/100 (12.3 s)",
            "[2/3] mallory: could not be graded: [red]not markup[/] \\x1B[2J\\x1B[31mred",
            "[3/3] zoe: nothing handed in (0.0 s)",
        ];
        // Each line once (written above the bar, not redrawn with it), in order.
        int at = -1;
        foreach (string line in expected)
        {
            Assert.That(Occurrences(text, line), Is.EqualTo(1), line);
            Assert.That(text.IndexOf(line, StringComparison.Ordinal), Is.GreaterThan(at), line);
            at = text.IndexOf(line, StringComparison.Ordinal);
        }
        Assert.That(text[at..], Does.Contain("Grading ps1-autograd: 3 of 3 students, 1 error"), "the bar is drawn again under the last line");
        Assert.That(text, Does.Not.Contain("1 errors").And.Not.Contain("3 of 3 student,"));
        // The only escape sequences are Spectre's own (cursor, colour); the student's show as text.
        // Ordinal: a culture-aware search ignores the ESC and finds "[2J" in the escaped "\x1B[2J".
        Assert.That(new[] { "\u001b[2J", "\u001b]0;pwned", "\u009b" }.Where(a => output.ToString().Contains(a, StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Live_OneStudentNoError_SaysOneStudentAndNoErrorCount()
    {
        var (console, output) = Terminal();
        LiveBulkProgress.Show(console, "Grading x", progress =>
        {
            progress.Started(1);
            progress.Finished(Graded("ada"));
            return 0;
        });
        string text = Visible(output.ToString());
        Assert.That(text, Does.Contain("Grading 1 student.").And.Contain("Grading x: 1 of 1 student"));
        Assert.That(text, Does.Not.Contain("error"));
    }

    /// <summary>A console that believes it is an interactive ANSI terminal of 100 columns, writing to a string.</summary>
    private static (IAnsiConsole Console, StringWriter Output) Terminal()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard, Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 100;
        return (console, output);
    }

    /// <summary>The text without Spectre's CSI sequences (cursor moves, erases, colours): ESC [ parameters final-byte.</summary>
    private static string Visible(string ansi) => Csi().Replace(ansi, "");

    private static int Occurrences(string text, string line) => Regex.Matches(text, Regex.Escape(line)).Count;

    [GeneratedRegex("\u001b\\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Csi();
}
