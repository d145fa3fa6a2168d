using Grading.Core.Audit;
using Grading.Core.Exporting.Text;
using Spectre.Console;

namespace Grading.Cli.Audit;

/// <summary>
/// A live progress bar for a terminal, as bulk has (<see cref="Bulk.LiveBulkProgress"/>): the bar counts mutants
/// graded and survivors, and each survivor, timeout and crash is printed above it as plain text (never markup: a
/// mutant's code may hold a <c>[red]</c>). Killed mutants only move the bar: they are the expected case.
/// </summary>
internal sealed class LiveAuditProgress(IAnsiConsole console, ProgressTask task, string title) : IAuditProgress
{
    private readonly object _gate = new();
    private int _total;
    private int _done;
    private int _survived;

    public void Started(int toGrade, int total)
    {
        lock (_gate)
        {
            _total = toGrade;
            task.MaxValue = Math.Max(1, toGrade);
            console.WriteLine(PlainAuditProgress.Heading(toGrade, total));
            task.Description = Description();
        }
    }

    public void Finished(MutantResult result)
    {
        lock (_gate)
        {
            _done++;
            if (result.Status == MutantStatus.Survived) _survived++;
            if (result.Status is MutantStatus.Survived or MutantStatus.TimedOut or MutantStatus.Crashed)
                console.WriteLine(PlainAuditProgress.Line(_done, _total, result), result.Status == MutantStatus.Survived ? new Style(Color.Yellow) : Style.Plain);
            task.Description = Description();
            task.Increment(1);
        }
    }

    private string Description() =>
        Markup.Escape($"{title}: {_done} of {Counted.Of(_total, "mutant")}" + (_survived > 0 ? $", {_survived} survived" : ""));

    /// <summary>Runs <paramref name="body"/> under a live bar when standard output is a terminal, else with plain lines.</summary>
    public static T Show<T>(string title, Func<IAuditProgress, T> body)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive) return body(new PlainAuditProgress(Console.Out));
        string safeTitle = TerminalText.Line(title);
        return AnsiConsole.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => body(new LiveAuditProgress(AnsiConsole.Console, context.AddTask(Markup.Escape(safeTitle)), safeTitle)));
    }
}
