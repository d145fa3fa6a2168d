using System.Globalization;

namespace Grading.Reports.Svg;

/// <summary>Where ticks go: 1-2-5 steps on linear axes; powers of ten on log axes, with the 2 and 5
/// multiples added when fewer than two decades are shown (else a loss from 13 to 0.43 gets only "1" and "10");
/// on a log-steps axis the same from step 0, with the other multiples as minor ticks.</summary>
internal static class TickGenerator
{
    /// <summary>A 1-2-5 step that splits <paramref name="span"/> into about <paramref name="target"/> parts.</summary>
    public static double NiceStep(double span, int target)
    {
        var raw = span / Math.Max(1, target);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var normalised = raw / magnitude;
        var factor = normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10;
        return factor * magnitude;
    }

    /// <summary>The domain widened to whole steps, and the ticks on it.</summary>
    public static (double Min, double Max, IReadOnlyList<double> Ticks) LinearNice(double min, double max, int target)
    {
        var step = NiceStep(max - min, target);
        var lo = Math.Floor(min / step + 1e-9) * step;
        var hi = Math.Ceiling(max / step - 1e-9) * step;
        return (Clean(lo), Clean(hi), Linear(lo, hi, step));
    }

    /// <summary>Ticks at whole multiples of a nice step inside [min, max]; the domain is left as it is.</summary>
    public static IReadOnlyList<double> Linear(double min, double max, int target) => Linear(min, max, NiceStep(max - min, target));

    private static IReadOnlyList<double> Linear(double min, double max, double step)
    {
        var slack = (max - min) * 1e-9;
        var first = (long)Math.Ceiling((min - slack) / step);
        var last = (long)Math.Floor((max + slack) / step);
        var ticks = new List<double>();
        // Multiplying the index (rather than adding steps) keeps rounding error from accumulating.
        for (var i = first; i <= last; i++) ticks.Add(Clean(i * step));
        return ticks;
    }

    public static IReadOnlyList<double> Log(double min, double max)
    {
        if (!(min > 0 && max >= min && double.IsFinite(max)))
            throw new ArgumentOutOfRangeException(nameof(max), $"A log axis needs 0 < min <= max < inf, not [{min}, {max}].");
        var decades = Math.Log10(max) - Math.Log10(min);
        var lo = (int)Math.Floor(Math.Log10(min));
        var hi = (int)Math.Ceiling(Math.Log10(max));
        int[] multiples = decades < 2 ? [1, 2, 5] : [1];
        // More than about eight decades would crowd the axis: label every k-th power instead.
        var every = Math.Max(1, (int)Math.Ceiling((hi - lo) / 8.0));
        var ticks = new List<double>();
        for (var e = lo; e <= hi; e++)
        {
            if (e % every != 0) continue;
            foreach (var m in multiples)
            {
                var v = double.Parse($"{m}e{e}", CultureInfo.InvariantCulture);
                if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) ticks.Add(v);
            }
        }
        // Under a decade with no 1-2-5 value inside (0.43 to 0.47): linear ticks still say where we are.
        return ticks.Count >= 2 ? ticks : Linear(min, max, 4).Where(v => v > 0).ToList();
    }

    /// <summary>
    /// Ticks of a <see cref="AxisScale.LogSteps"/> axis: 0 when it is shown, then powers of ten (with the 2 and 5
    /// multiples under two decades, as <see cref="Log"/>), labelled; the other multiples up to 9 as minor ticks.
    /// Labels are the steps themselves (1000, not 1001): the axis only places them at log10(step + 1).
    /// </summary>
    public static (IReadOnlyList<double> Major, IReadOnlyList<double> Minor) LogSteps(double min, double max)
    {
        if (!(min > -1 && max >= min && double.IsFinite(max)))
            throw new ArgumentOutOfRangeException(nameof(max), $"A log-steps axis needs -1 < min <= max < inf, not [{min}, {max}].");
        var decades = Math.Log10(max + 1) - Math.Log10(min + 1);
        int[] labelled = decades < 2 ? [1, 2, 5] : [1];
        // As on a log axis: past about eight decades, every k-th power only.
        var every = Math.Max(1, (int)Math.Ceiling(decades / 8.0));
        List<double> major = min <= 0 && max >= 0 ? [0] : [], minor = [];
        var hi = (int)Math.Ceiling(Math.Log10(Math.Max(max, 1)));
        for (var e = Math.Max(0, (int)Math.Floor(Math.Log10(Math.Max(min, 1)))); e <= hi; e++)
            for (var m = 1; m <= 9; m++)
            {
                var v = double.Parse($"{m}e{e}", CultureInfo.InvariantCulture);
                if (v < min - 1e-9 * Math.Max(1, Math.Abs(min)) || v > max + 1e-9 * Math.Max(1, max)) continue;
                if (e % every == 0 && labelled.Contains(m)) major.Add(v);
                else if (every == 1) minor.Add(v);
            }
        // A range such as 3 to 8 holds one labelled value at most: linear ticks still say where we are.
        return major.Count >= 2 ? (major, minor) : (Linear(min, max, 4), []);
    }

    private static double Clean(double v) =>
        double.Parse(v.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
