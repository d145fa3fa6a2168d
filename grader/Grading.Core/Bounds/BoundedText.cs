using System.Globalization;

namespace Grading.Core.Bounds;

/// <summary>Cuts a long text to its start and end, with a marker saying how much of the middle went (as long output is kept).</summary>
public static class BoundedText
{
    // Room for the marker, so that a cut text is never longer than the budget and cutting it again changes nothing.
    private const int MarkerChars = 48;

    /// <summary><paramref name="text"/> itself when it has at most <paramref name="maxChars"/> characters, else its start
    /// (three quarters of the budget) and end (a quarter) around a marker, all within the budget; <paramref name="kept"/>
    /// is how many of its characters were kept. Surrogate pairs are never split.</summary>
    public static string Cut(string text, int maxChars, out int kept)
    {
        kept = text.Length;
        if (text.Length <= maxChars) return text;
        int budget = Math.Max(0, maxChars - MarkerChars);
        int head = Boundary(text, budget * 3 / 4);
        int tail = Boundary(text, text.Length - budget / 4);
        kept = head + text.Length - tail;
        string cut = (tail - head).ToString("N0", CultureInfo.InvariantCulture);
        return $"{text[..head]}\n[… {cut} characters cut …]\n{text[tail..]}";
    }

    /// <summary>Moves an index off the middle of a surrogate pair.</summary>
    private static int Boundary(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]) ? index - 1 : index;

    /// <summary>About how many bytes the text takes in the result's JSON (UTF-8, control characters and quotes escaped).</summary>
    public static long JsonBytes(string text)
    {
        long bytes = 2;
        foreach (char c in text)
            bytes += c < 0x20 ? 6 : c is '"' or '\\' ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        return bytes;
    }
}
