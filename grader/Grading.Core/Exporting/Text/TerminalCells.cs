using System.Globalization;
using System.Text;

namespace Grading.Core.Exporting.Text;

/// <summary>
/// How many terminal columns (cells) text takes. Lining up a table by <see cref="string.Length"/> counts
/// UTF-16 units: a CJK name or an emoji takes two cells for one or two units, a combining accent none, and the
/// columns after it drift. Text is measured per grapheme cluster (what a terminal draws as one glyph, an
/// emoji with its modifiers or a letter with its accents): two cells for East Asian Wide and Fullwidth
/// characters and emoji shown as emoji (Unicode's EastAsianWidth W/F), none for a cluster of only marks or
/// format characters, one otherwise. Apply it to text already made safe by <see cref="TerminalText"/>:
/// control characters have no width of their own.
/// </summary>
public static class TerminalCells
{
    /// <summary>Code point ranges (inclusive) two cells wide: the W and F blocks and the emoji-presentation pictographs.</summary>
    private static readonly (int From, int To)[] Wide =
    [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
        (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
        (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
        (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
        (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
        (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F),
        (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6),
        (0x16FE0, 0x18CFF), (0x1AFF0, 0x1B2FF), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E),
        (0x1F191, 0x1F19A), (0x1F200, 0x1F251), (0x1F300, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C),
        (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4),
        (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440), (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E),
        (0x1F550, 0x1F567), (0x1F57A, 0x1F57A), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F),
        (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6DC, 0x1F6DF),
        (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A),
        (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF), (0x1FA70, 0x1FAFF), (0x20000, 0x3FFFD),
    ];

    /// <summary>The cells <paramref name="text"/> takes on a terminal.</summary>
    public static int Width(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        int width = 0;
        var clusters = StringInfo.GetTextElementEnumerator(text);
        while (clusters.MoveNext()) width += ClusterWidth(clusters.GetTextElement());
        return width;
    }

    /// <summary>The cells of one grapheme cluster: its first non-mark character's (a lone mark or format character takes none).</summary>
    public static int ClusterWidth(string cluster)
    {
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (IsZeroWidth(rune)) continue;
            return IsWide(rune.Value) ? 2 : 1;
        }
        return 0;
    }

    /// <summary>The grapheme clusters of <paramref name="text"/>, so a cut never splits a surrogate pair or an accent from its letter.</summary>
    public static IEnumerable<string> Clusters(string text)
    {
        var clusters = StringInfo.GetTextElementEnumerator(text);
        while (clusters.MoveNext()) yield return clusters.GetTextElement();
    }

    /// <summary><paramref name="text"/> padded with spaces to <paramref name="cells"/> cells (unchanged when it is as wide or wider).</summary>
    public static string PadRight(string text, int cells) => text + new string(' ', Math.Max(0, cells - Width(text)));

    private static bool IsZeroWidth(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
        // Hangul medial vowels and final consonants join the initial consonant's cell.
        || rune.Value is >= 0x1160 and <= 0x11FF;

    private static bool IsWide(int codePoint)
    {
        int lo = 0, hi = Wide.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (codePoint < Wide[mid].From) hi = mid - 1;
            else if (codePoint > Wide[mid].To) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
