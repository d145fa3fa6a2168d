using System.Text;

namespace Grading.Core.Exporting.Text;

/// <summary>
/// Student text (output, messages, file and folder names, student ids) made safe to print on a terminal or
/// in a CI log: no escape sequence (colours, cursor moves, an OSC window title, a hyperlink), no carriage
/// return or backspace that could overwrite a line the grader printed (a fake "Score: 100/100"), and no
/// bidi override that reorders what is shown. Each such character is printed as a visible escape
/// (<c>\x1B</c>, <c>\u202E</c>), so course staff still see that it was there.
/// </summary>
public static class TerminalText
{
    /// <summary>One line: line breaks and tabs are escaped too, so the text stays in its table cell or line.</summary>
    public static string Line(string? text) => Neutralise(text, keepLineBreaks: false);

    /// <summary>Several lines (an error with its stack trace): line feeds (and CRLF) are kept, every other control is escaped.</summary>
    public static string Lines(string? text) => Neutralise(text, keepLineBreaks: true);

    private static string Neutralise(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (!text.Any(UnsafeCharacters.IsUnsafe)) return text;
        var builder = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (keepLineBreaks && c == '\n') builder.Append('\n');
            // A CR that ends a line cannot overwrite anything: the line feed after it starts a new line anyway.
            else if (keepLineBreaks && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { }
            else if (UnsafeCharacters.IsUnsafe(c)) builder.Append(UnsafeCharacters.Visible(c));
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
