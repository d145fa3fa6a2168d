using System.Text;

namespace Grading.Core.Exporting.Text;

/// <summary>
/// Fits one line of text into terminal cells (<see cref="TerminalCells"/>): cut with an ellipsis, or wrapped at
/// spaces into lines of a width. A word wider than the line (a path, a run of hostile characters) is broken
/// between grapheme clusters, never inside a surrogate pair or between a letter and its accent, so every line
/// fits however the text is made.
/// </summary>
public static class CellWrap
{
    public const string Ellipsis = "…";

    /// <summary><paramref name="text"/> if it fits in <paramref name="cells"/>, else as much as fits before an ellipsis.</summary>
    public static string Truncate(string text, int cells)
    {
        if (TerminalCells.Width(text) <= cells) return text;
        var kept = new StringBuilder();
        int used = 0;
        foreach (string cluster in TerminalCells.Clusters(text))
        {
            int width = TerminalCells.ClusterWidth(cluster);
            if (used + width > cells - 1) break;
            kept.Append(cluster);
            used += width;
        }
        return kept.ToString().TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// <paramref name="text"/> in lines of at most <paramref name="cells"/> cells, broken at spaces; at most
    /// <paramref name="maxLines"/> lines, the last ending in an ellipsis when text was left out. No lines for empty text.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int cells, int maxLines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cells, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        var lines = new List<string>();
        var line = new StringBuilder();
        int used = 0;
        void Flush()
        {
            lines.Add(line.ToString());
            line.Clear();
            used = 0;
        }
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int width = TerminalCells.Width(word);
            if (used > 0 && used + 1 + width <= cells)
            {
                line.Append(' ').Append(word);
                used += 1 + width;
                continue;
            }
            if (used > 0) Flush();
            if (width <= cells)
            {
                line.Append(word);
                used = width;
                continue;
            }
            foreach (string cluster in TerminalCells.Clusters(word))
            {
                int w = TerminalCells.ClusterWidth(cluster);
                if (used > 0 && used + w > cells) Flush();
                line.Append(cluster);
                used += w;
            }
        }
        if (used > 0) Flush();
        if (lines.Count <= maxLines) return lines;
        // The last line is filled with what is left before it is cut (the rest is always wider than a line:
        // each line ended because the next word did not fit).
        var kept = lines.Take(maxLines - 1).ToList();
        kept.Add(Truncate(string.Join(' ', lines.Skip(maxLines - 1)), cells));
        return kept;
    }
}
