using Grading.Core.Bulk;
using Grading.Core.Exporting.Text;
using Spectre.Console;

namespace Grading.Cli.Bulk;

/// <summary>A live progress bar (Spectre.Console) for a terminal, with a line per student that could not be graded.
/// Student text is made terminal-safe (<see cref="TerminalText"/>) and then markup-escaped, so a <c>[red]</c> in an error stays text.</summary>
internal sealed class LiveBulkProgress(ProgressTask task) : IBulkProgress
{
    public void Started(int students) => task.MaxValue = Math.Max(1, students);

    public void Finished(StudentOutcome outcome)
    {
        if (outcome.Record.Status == StudentStatus.Error)
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(PlainBulkProgress.Describe(outcome))}[/]");
        task.Increment(1);
    }

    /// <summary>Runs <paramref name="body"/> under a live bar when standard output is a terminal, else with plain lines.</summary>
    public static T Show<T>(string title, Func<IBulkProgress, T> body)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive) return body(new PlainBulkProgress(Console.Out));
        return AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => body(new LiveBulkProgress(context.AddTask(Markup.Escape(TerminalText.Line(title))))));
    }
}
