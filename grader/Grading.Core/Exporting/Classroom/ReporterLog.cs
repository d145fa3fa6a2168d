using Grading.Core.Exporting.Text;

namespace Grading.Core.Exporting.Classroom;

/// <summary>
/// Text the grading reporter prints to the job log with <c>console.log</c> (a test's name, its test_code and, for an
/// error, its message). GitHub reads a log line that starts with <c>::</c> as a workflow command, and a terminal acts
/// on escape sequences, so student text is made inert here: control and reordering characters become U+FFFD and every
/// line of a multi-line text is indented two spaces (no student line starts at column 0); a name is one line.
/// </summary>
internal static class ReporterLog
{
    public static string Name(string text) => Inert(text.ReplaceLineEndings(" "));

    public static string Lines(string text) =>
        string.Join("\n", Inert(text).ReplaceLineEndings("\n").Split('\n').Select(line => "  " + line));

    private static string Inert(string text) =>
        string.Concat(text.Select(c => c != '\n' && c != '\r' && UnsafeCharacters.IsUnsafe(c) ? '\uFFFD' : c));
}
