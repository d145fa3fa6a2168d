using System.Globalization;

namespace Grading.Reports.Svg;

/// <summary>Compact tick labels: plain decimals between 0.01 and 100000 (0.5, 1, 2500), otherwise
/// mantissa-e-exponent (1e-3, 2.5e6), always in the invariant culture.</summary>
internal static class TickLabel
{
    public static string Format(double value)
    {
        if (value == 0 || !double.IsFinite(value)) return value == 0 ? "0" : value.ToString(CultureInfo.InvariantCulture);
        // Twelve significant digits drop the binary noise of tick arithmetic (0.30000000000000004 → 0.3).
        var clean = double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var magnitude = Math.Abs(clean);
        if (magnitude >= 1e-2 && magnitude < 1e5)
            return clean.ToString("0.###########", CultureInfo.InvariantCulture);

        var exponent = (int)Math.Floor(Math.Log10(magnitude));
        var mantissa = Math.Round(clean / Math.Pow(10, exponent), 6);
        if (Math.Abs(mantissa) >= 10) { mantissa /= 10; exponent++; }
        return mantissa.ToString("0.#####", CultureInfo.InvariantCulture) + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
