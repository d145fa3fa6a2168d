using System.Text;
using Grading.Core.Exporting.Text;

namespace Grading.Core.Exporting.GitHub;

/// <summary>
/// One GitHub Actions workflow command line, <c>::name key=value,key=value::message</c>, escaped as the actions
/// toolkit escapes it (@actions/core 1.11 lib/command.js: <c>escapeData</c> turns <c>%</c>, CR and LF into
/// <c>%25</c>, <c>%0D</c>, <c>%0A</c>; <c>escapeProperty</c> also <c>:</c> and <c>,</c> into <c>%3A</c>, <c>%2C</c>),
/// which is what the runner unescapes. A student's message or file name therefore stays one line of data: it can
/// neither end the command nor start another (<c>::stop-commands::</c>, <c>::add-mask::</c>) on a line of its own.
/// Other control and reordering characters are shown as U+FFFD, as in the Markdown and terminal views.
/// </summary>
public static class WorkflowCommand
{
    public static string Format(string name, IEnumerable<(string Key, string Value)> properties, string message)
    {
        var line = new StringBuilder("::").Append(name);
        string joined = string.Join(",", properties.Where(p => p.Value.Length > 0).Select(p => $"{p.Key}={EscapeProperty(p.Value)}"));
        if (joined.Length > 0) line.Append(' ').Append(joined);
        return line.Append("::").Append(EscapeData(message)).ToString();
    }

    public static string EscapeData(string text) =>
        Visible(text).Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    // CR and LF are escaped, not replaced: a compiler message's lines stay lines in the annotation.
    private static string Visible(string text)
    {
        if (!text.Any(c => c is not ('\r' or '\n') && UnsafeCharacters.IsUnsafe(c))) return text;
        return string.Concat(text.Select(c => c is not ('\r' or '\n') && UnsafeCharacters.IsUnsafe(c) ? '\uFFFD' : c));
    }
}
