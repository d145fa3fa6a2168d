using Spectre.Console;

namespace Grading.Cli.Commands;

/// <summary>The columns the summary table may fill: the terminal's (Spectre's profile, which reads the console's
/// buffer width, as the progress bar does), or none when standard output is a file or a pipe, so a log, a CI job
/// and a test always get the same plain layout whatever terminal started them.</summary>
internal static class TerminalWidth
{
    public static int? OfStandardOutput() => Console.IsOutputRedirected ? null : AnsiConsole.Profile.Width;
}
