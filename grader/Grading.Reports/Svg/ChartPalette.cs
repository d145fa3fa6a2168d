namespace Grading.Reports.Svg;

/// <summary>Series colours (Okabe–Ito, distinguishable with the common colour-vision deficiencies) paired
/// with dash patterns, so series differ by more than colour alone (and survive greyscale printing).</summary>
internal static class ChartPalette
{
    private static readonly string[] Colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

    // Solid first: a single series is drawn plainly.
    private static readonly string?[] Dashes = [null, "7 3", "2 2", "9 3 2 3", "4 4", "1 3"];

    public const string Axis = "#333333";
    public const string Grid = "#e6e6e6";
    public const string MutedText = "#555555";
    public const string Marker = "#444444";
    public const string Note = "#a4161a";

    public static string Colour(int index) => Colours[index % Colours.Length];

    public static string? Dash(int index) => Dashes[index % Dashes.Length];
}
