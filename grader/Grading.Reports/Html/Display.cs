using System.Globalization;
using Grading.Core.Results;

namespace Grading.Reports.Html;

/// <summary>Number and status formatting shared by the report's parts (invariant culture).</summary>
internal static class Display
{
    public static string Points(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s";

    /// <summary>Six decimals: enough to see a difference at the tolerances the checks use (1e-3 and below). A diverged
    /// value (a million or more) as 4.6E+45, never as a row of 46 digits.</summary>
    public static string SixDecimals(double value) => double.IsFinite(value) && Math.Abs(value) < 1e6
        ? value.ToString("0.000000", CultureInfo.InvariantCulture)
        : value.ToString("G4", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    public static string Small(double value) => value.ToString("0.###E+0", CultureInfo.InvariantCulture);

    public static string Status(SectionStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>A symbol beside the status word, so status never depends on colour alone.</summary>
    public static string Symbol(SectionStatus status) => status switch
    {
        SectionStatus.Passed => "✔",
        SectionStatus.Pending => "…",
        SectionStatus.Partial => "◐",
        SectionStatus.Failed => "✘",
        _ => "⚠",
    };

    public static string Ratio(double milliseconds, double? referenceMs)
    {
        if (referenceMs is not { } reference || reference <= 0) return "";
        return string.Create(CultureInfo.InvariantCulture, $"{milliseconds / reference:0.0}× the reference ({Seconds(reference)})");
    }
}
