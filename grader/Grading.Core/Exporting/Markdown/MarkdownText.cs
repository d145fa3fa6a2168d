using System.Text;
using Grading.Core.Exporting.Text;

namespace Grading.Core.Exporting.Markdown;

/// <summary>
/// Student text made literal for GitHub-flavoured Markdown (a CI job summary, an issue): one line that stays in
/// its table cell or list item and becomes no markup: no raw HTML, no link or image, no emphasis or code span,
/// no math, no heading; no @mention or #reference that would notify someone or link an issue; no bare URL,
/// <c>www.</c> address or e-mail address that GitHub would turn into a link; and no control character or bidi
/// override (<see cref="UnsafeCharacters"/>).
/// </summary>
public static class MarkdownText
{
    /// <summary>Breaks GitHub's autolinks and references without changing what a reader sees: an invisible
    /// word joiner after <c>@</c> and <c>#</c>, inside <c>://</c> and after <c>www</c>. GitHub matches these
    /// on the rendered text, after Markdown's own escapes are gone, so a backslash alone would not stop them.</summary>
    public const char Breaker = '\u2060';

    /// <summary>One line of literal text.</summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\r' or '\n' or '\u2028' or '\u2029': builder.Append(' '); break;
                case '@': builder.Append("&#64;").Append(Breaker); break;
                case '#': builder.Append("\\#").Append(Breaker); break;
                case ':' when At(text, i + 1, "//"): builder.Append(':').Append(Breaker); break;
                case 'w' or 'W' when StartsWww(text, i): builder.Append(text, i, 3).Append(Breaker); i += 2; break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '|' or '!' or '~' or '$': builder.Append('\\').Append(c); break;
                default:
                    if (UnsafeCharacters.IsUnsafe(c)) builder.Append('\uFFFD');
                    else builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool At(string text, int index, string expected) =>
        index + expected.Length <= text.Length && string.CompareOrdinal(text, index, expected, 0, expected.Length) == 0;

    // GFM's extended www autolink: "www." at the start of the text or after a space or one of *_~(.
    private static bool StartsWww(string text, int i) =>
        i + 4 <= text.Length && string.Compare(text, i, "www.", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;
}
