using System.Globalization;

namespace AutodiffWarmup.Grading;

/// <summary>Numbers in messages, invariantly and briefly.</summary>
internal static class Numbers
{
    public static string Format(double value) => value.ToString("G5", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<double> values) => "[" + string.Join(", ", values.Select(Format)) + "]";

    /// <summary>Whether <paramref name="value"/> is <paramref name="factor"/>·<paramref name="expected"/> to 1e-3 relative.</summary>
    public static bool IsMultiple(double value, double expected, double factor) =>
        Math.Abs(value - factor * expected) <= 1e-3 * Math.Max(Math.Abs(factor * expected), 1e-9);
}
