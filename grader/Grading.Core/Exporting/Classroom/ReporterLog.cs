using Grading.Core.Exporting.Text;

namespace Grading.Core.Exporting.Classroom;

/// <summary>
/// Text the grading reporter prints to the job log with <c>console.log</c> (a test's name, its test_code and, for an
/// error, its message). The runner reads a log line as a workflow command when, after its leading white space, it starts
/// with <c>::</c>, or when it holds <c>##[</c> anywhere (actions/runner src/Runner.Common/ActionCommand.cs,
/// <c>TryParseV2</c> trims the line's start, <c>TryParse</c> looks for the legacy prefix anywhere; ActionCommandManager
/// tries both on every line). So indenting is not enough: every line of a multi-line text is prefixed with <c>| </c>,
/// <c>##[</c> gets an invisible word joiner inside it, control and reordering characters become U+FFFD (a terminal acts
/// on escape sequences), and a name is one line.
/// </summary>
internal static class ReporterLog
{
    /// <summary>What each line of a multi-line text starts with: not white space, so the runner's trim keeps it.</summary>
    public const string LinePrefix = "| ";

    public static string Name(string text) => Inert(text.ReplaceLineEndings(" "));

    public static string Lines(string text) =>
        string.Join("\n", Inert(text).ReplaceLineEndings("\n").Split('\n').Select(line => LinePrefix + line));

    private static string Inert(string text) =>
        string.Concat(text.Select(c => c != '\n' && c != '\r' && UnsafeCharacters.IsUnsafe(c) ? '\uFFFD' : c))
            .Replace("##[", "##\u2060[", StringComparison.Ordinal);
}
