using System.Text;

namespace Grading.Core.Audit;

/// <summary>A unified diff (one hunk) of a file before and after one change, as <c>diff -u</c> prints it.</summary>
public static class UnifiedDiff
{
    public static string Of(string path, string before, string after, int context = 3)
    {
        string[] old = Lines(before), @new = Lines(after);
        int prefix = 0;
        while (prefix < old.Length && prefix < @new.Length && old[prefix] == @new[prefix]) prefix++;
        int suffix = 0;
        while (suffix < old.Length - prefix && suffix < @new.Length - prefix && old[^(suffix + 1)] == @new[^(suffix + 1)]) suffix++;
        if (prefix == old.Length && prefix == @new.Length) return "";
        int start = Math.Max(0, prefix - context);
        int oldEnd = Math.Min(old.Length, old.Length - suffix + context), newEnd = Math.Min(@new.Length, @new.Length - suffix + context);
        var text = new StringBuilder();
        text.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        text.Append($"@@ -{Range(start, oldEnd - start)} +{Range(start, newEnd - start)} @@\n");
        for (int i = start; i < prefix; i++) text.Append(' ').Append(old[i]).Append('\n');
        for (int i = prefix; i < old.Length - suffix; i++) text.Append('-').Append(old[i]).Append('\n');
        for (int i = prefix; i < @new.Length - suffix; i++) text.Append('+').Append(@new[i]).Append('\n');
        for (int i = old.Length - suffix; i < oldEnd; i++) text.Append(' ').Append(old[i]).Append('\n');
        return text.ToString();
    }

    // diff's ranges: "start,count", with the line before the hunk as start when it is empty.
    private static string Range(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    private static string[] Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }
}
