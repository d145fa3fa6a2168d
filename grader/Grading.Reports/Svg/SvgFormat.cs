using System.Globalization;
using System.Text;

namespace Grading.Reports.Svg;

/// <summary>How numbers and text are written into SVG: invariant culture, one decimal at most
/// (a tenth of a pixel is below what a screen shows, and it keeps large plots small), XML-escaped text.</summary>
internal static class SvgFormat
{
    public static string Num(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        // "-0" would be valid but noisy; and it would make equal inputs print differently.
        return rounded == 0 ? "0" : rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>A whole number of tenths as the shortest decimal: 5 → ".5", -12 → "-1.2", 30 → "3".</summary>
    public static void Tenths(StringBuilder sb, long tenths)
    {
        if (tenths < 0) { sb.Append('-'); tenths = -tenths; }
        long whole = tenths / 10, frac = tenths % 10;
        if (whole != 0 || frac == 0) sb.Append(whole.ToString(CultureInfo.InvariantCulture));
        if (frac != 0) sb.Append('.').Append((char)('0' + frac));
    }

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                // Control characters other than tab/newline are not allowed in XML 1.0 at all.
                case < ' ' when c is not '\t' and not '\n' and not '\r': sb.Append('\uFFFD'); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
