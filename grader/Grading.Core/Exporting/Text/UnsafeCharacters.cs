namespace Grading.Core.Exporting.Text;

/// <summary>
/// Characters that change how the text around them is shown rather than showing themselves: control
/// characters (a terminal acts on ESC, CR, BS; a renderer may too) and the Unicode formatting marks that
/// reorder text (a right-to-left override can make <c>fdp.exe</c> read as <c>exe.pdf</c>, "Trojan Source").
/// Every destination's helper (terminal, Markdown) neutralises these the same way.
/// </summary>
public static class UnsafeCharacters
{
    /// <summary>C0 controls, DEL and C1 controls (ESC, CR, BS, CSI U+009B …).</summary>
    public static bool IsControl(char c) => char.IsControl(c);

    /// <summary>Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the direction marks
    /// (U+200E, U+200F, U+061C), and the line and paragraph separators some renderers break lines at.</summary>
    public static bool IsReordering(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        or '\u200E' or '\u200F' or '\u061C' or '\u2028' or '\u2029';

    public static bool IsUnsafe(char c) => IsControl(c) || IsReordering(c);

    /// <summary>A visible spelling of an unsafe character: <c>\x1B</c> for a control, <c>\u202E</c> for the rest.</summary>
    public static string Visible(char c) => c <= '\u00FF' ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}";
}
