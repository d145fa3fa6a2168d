using Grading.Core.Bulk;
using Grading.Core.Exporting.Text;
using Spectre.Console;

namespace Grading.Cli.Bulk;

/// <summary>
/// A live progress bar (Spectre.Console) for a terminal, with the same line per student as the plain log
/// (<see cref="PlainBulkProgress"/>) printed above it as each student finishes: written through the console
/// that draws the bar, a line goes above the bar and the bar is drawn again under it, where a plain
/// <see cref="Console.WriteLine()"/> would land inside the bar. The bar's description counts students and errors.
/// Student text is made terminal-safe (<see cref="TerminalText"/>) and written as <see cref="Text"/>, never as
/// markup, so a <c>[red]</c> in an error stays text. Grading threads report at once: one lock orders the lines and the counts.
/// </summary>
internal sealed class LiveBulkProgress(IAnsiConsole console, ProgressTask task, string title) : IBulkProgress
{
    private readonly object _gate = new();
    private int _total;
    private int _done;
    private int _errors;

    public void Started(int students)
    {
        lock (_gate)
        {
            _total = students;
            task.MaxValue = Math.Max(1, students);
            console.WriteLine(PlainBulkProgress.Heading(students));
            task.Description = Description();
        }
    }

    public void Finished(StudentOutcome outcome)
    {
        lock (_gate)
        {
            _done++;
            if (outcome.Record.Status == StudentStatus.Error) _errors++;
            console.WriteLine(PlainBulkProgress.Line(_done, _total, outcome), StyleOf(outcome.Record.Status));
            task.Description = Description();
            task.Increment(1);
        }
    }

    /// <summary>"Grading ps1-autograd: 3 of 12 students, 1 error", as markup (the title is escaped).</summary>
    private string Description() =>
        Markup.Escape($"{title}: {_done} of {Counted.Of(_total, "student")}" + (_errors > 0 ? $", {Counted.Of(_errors, "error")}" : ""));

    /// <summary>Colour repeats what the line says in words ("could not be graded", "nothing handed in"); it never says it alone.</summary>
    private static Style StyleOf(StudentStatus status) => status switch
    {
        StudentStatus.Error => new Style(Color.Red),
        StudentStatus.Missing => new Style(Color.Grey),
        _ => Style.Plain,
    };

    /// <summary>Runs <paramref name="body"/> under a live bar when standard output is a terminal, else with plain lines.</summary>
    public static T Show<T>(string title, Func<IBulkProgress, T> body)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive) return body(new PlainBulkProgress(Console.Out));
        return Show(AnsiConsole.Console, title, body);
    }

    /// <summary>Runs <paramref name="body"/> under a live bar on <paramref name="console"/>.</summary>
    public static T Show<T>(IAnsiConsole console, string title, Func<IBulkProgress, T> body)
    {
        string safeTitle = TerminalText.Line(title);
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => body(new LiveBulkProgress(console, context.AddTask(Markup.Escape(safeTitle)), safeTitle)));
    }
}
