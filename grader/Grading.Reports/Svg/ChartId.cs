using System.Text;

namespace Grading.Reports.Svg;

/// <summary>Element-id prefixes. An explicit prefix wins (sanitised to a valid XML name); otherwise the
/// prefix is a hash of the chart's content, so output stays deterministic and two different charts on
/// one page get different ids (a process-wide counter would break determinism).</summary>
internal sealed class ChartId
{
    private ulong _hash = 14695981039346656037UL; // FNV-1a 64-bit offset basis

    public ChartId Add(string? text)
    {
        foreach (var c in text ?? "\u0001null") Mix((ulong)c);
        Mix(0xFFFF); // separator: ("ab","c") and ("a","bc") must differ
        return this;
    }

    public ChartId Add(double value) { Mix((ulong)BitConverter.DoubleToInt64Bits(value)); return this; }

    public ChartId Add(ChartSeries series)
    {
        Add(series.Name);
        foreach (var x in series.X) Add(x);
        Add(double.NaN);
        foreach (var y in series.Y) Add(y);
        return this;
    }

    public string Prefix(string? explicitPrefix) =>
        string.IsNullOrWhiteSpace(explicitPrefix) ? $"chart-{_hash:x16}" : Sanitise(explicitPrefix);

    private void Mix(ulong value)
    {
        for (var i = 0; i < 8; i++, value >>= 8)
        {
            _hash ^= value & 0xFF;
            _hash *= 1099511628211UL; // FNV prime
        }
    }

    private static string Sanitise(string prefix)
    {
        var sb = new StringBuilder();
        foreach (var c in prefix) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        // An XML id may not start with a digit or a hyphen.
        return char.IsAsciiLetter(sb[0]) || sb[0] == '_' ? sb.ToString() : "c" + sb;
    }
}
