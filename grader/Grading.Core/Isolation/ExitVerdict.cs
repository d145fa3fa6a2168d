using System.Text.RegularExpressions;

namespace Grading.Core.Isolation;

/// <summary>
/// Says in words why a worker died mid-section, from its exit status and what it printed on stderr:
/// "stack overflow in Helper.Recurse", "called Environment.FailFast: …", "exited with code 3: …".
/// </summary>
public static partial class ExitVerdict
{
    private const int SignalBase = 128; // .NET reports a process killed by signal N as exit code 128 + N.

    [GeneratedRegex(@"^\s+at (?:Submission\.)?(?<frame>[^\s(]+)", RegexOptions.Multiline)]
    private static partial Regex Frame();

    [GeneratedRegex(@"Process terminated\.\s*(?<message>[^\r\n]*)")]
    private static partial Regex FailFast();

    // What the C++ runtime prints when a native exception (a libtorch error) escapes: its first line.
    [GeneratedRegex(@"what\(\):\s*(?<message>[^\r\n]*)")]
    private static partial Regex NativeWhat();

    public static string Describe(string sectionId, int exitCode, string stderr)
    {
        if (stderr.Contains("Stack overflow.", StringComparison.Ordinal))
            return Frame().Match(stderr) is { Success: true } frame
                ? $"{sectionId}: stack overflow in {frame.Groups["frame"].Value} (unbounded recursion?)."
                : $"{sectionId}: stack overflow (unbounded recursion?).";
        if (FailFast().Match(stderr) is { Success: true } failFast)
            return $"{sectionId} called Environment.FailFast: {failFast.Groups["message"].Value.Trim()} (ending the process is not allowed).";
        if (NativeWhat().Match(stderr) is { Success: true } native)
            return $"{sectionId}: a native (libtorch) error ended the process: {native.Groups["message"].Value.Trim()}";
        if (exitCode > SignalBase && exitCode < SignalBase + 65)
        {
            int signal = exitCode - SignalBase;
            return signal == 9
                ? $"{sectionId}: the process was killed (SIGKILL), most likely for running out of memory."
                : $"{sectionId}: the process crashed with signal {signal} ({SignalName(signal)}){LastLine(stderr)}";
        }
        return $"{sectionId}: the process exited with code {exitCode} while the section ran: Environment.Exit is not allowed.";
    }

    /// <summary>The last thing the process said on stderr, which usually names the cause.</summary>
    private static string LastLine(string stderr) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() is { } line
            ? $"; its last words on stderr: {(line.Length > 300 ? line[..300] + "…" : line)}"
            : ".";

    private static string SignalName(int signal) => signal switch
    {
        4 => "SIGILL", 6 => "SIGABRT", 7 => "SIGBUS", 8 => "SIGFPE", 11 => "SIGSEGV", 15 => "SIGTERM", _ => "signal " + signal,
    };
}
