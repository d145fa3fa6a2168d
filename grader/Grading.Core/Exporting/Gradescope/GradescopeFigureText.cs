using System.Globalization;
using System.Text;
using Grading.Core.Figures;
using Grading.Core.Results;

namespace Grading.Core.Exporting.Gradescope;

/// <summary>
/// A section's figures in a few lines of plain text, for Gradescope, where a student sees only results.json: the
/// report's charts are SVG in an HTML page, and Gradescope sanitizes HTML output ("you may not be able to use all HTML
/// elements"). A table keeps its rows; a line chart becomes each line's start, end and lowest point with a sparkline
/// of its shape; a sample its summary statistics.
/// </summary>
internal static class GradescopeFigureText
{
    private const string Blocks = "▁▂▃▄▅▆▇█";
    private const int SparkWidth = 40;

    public static string? Of(SectionResult section)
    {
        if (section.Figures is not { Count: > 0 } figures) return null;
        var text = new StringBuilder("Figures (charts in the HTML report; in short here):");
        foreach (var figure in figures)
        {
            text.Append('\n').Append(figure.Title).Append(": ").Append(figure.Caption);
            switch (figure.Kind)
            {
                case FigureKind.Table: Table(text, figure); break;
                case FigureKind.Line: Line(text, figure, section.Raw.Values); break;
                case FigureKind.Sample when figure.Sample is { } sample:
                    text.Append($"\n  {sample.Count} values: mean {N(sample.Mean)}, sd {N(sample.StandardDeviation)}, min {N(sample.Min)}, max {N(sample.Max)}  {Spark(Histogram(sample), false)}");
                    break;
            }
        }
        return text.ToString();
    }

    private static void Table(StringBuilder text, SectionFigure figure)
    {
        var rows = (figure.Rows ?? []).Select(r => new[] { r.Name, r.Label, r.Submitted is { } s ? N(s) : "—", r.Reference is { } e ? N(e) : "—", r.Ok ? "ok" : "off" }).ToList();
        string[] header = [figure.NameHeading ?? "Name", figure.LabelHeading ?? "", "Yours", "Reference", ""];
        int[] widths = Enumerable.Range(0, header.Length).Select(c => rows.Select(r => r[c].Length).Append(header[c].Length).Max()).ToArray();
        foreach (var row in rows.Prepend(header))
            text.Append("\n  ").Append(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
    }

    private static void Line(StringBuilder text, SectionFigure figure, IReadOnlyDictionary<string, double[]>? values)
    {
        string axes = figure.YLabel is { } y ? $" ({y}{(figure.XLabel is { } x ? " by " + x : "")}{(figure.LogY && !y.Contains("log", StringComparison.Ordinal) ? ", log scale" : "")})" : "";
        text.Append(axes);
        foreach (var series in figure.Series ?? [])
        {
            double[] ys = series.Resolve(values);
            if (ys.Length == 0) { text.Append($"\n  {series.Name}: no values."); continue; }
            double X(int i) => series.X is { } xs && i < xs.Length ? xs[i] : i;
            var finite = Enumerable.Range(0, ys.Length).Where(i => double.IsFinite(ys[i])).ToList();
            string lowest = finite.Count == 0 ? "no finite value" : $"lowest {N(ys[finite.MinBy(i => ys[i])])} at {N(X(finite.MinBy(i => ys[i])))}";
            text.Append($"\n  {series.Name}: {ys.Length} values, from {N(ys[0])} to {N(ys[^1])}, {lowest}  {Spark(ys, figure.LogY)}");
        }
        // A marker's label usually names its value already ("optimum 0.4286").
        foreach (var marker in figure.Markers ?? [])
            text.Append("\n  ").Append(marker.Label.Contains(N(marker.Value), StringComparison.Ordinal) ? marker.Label : $"{marker.Label}: {N(marker.Value)}");
    }

    /// <summary>The values' shape in block characters, at most <see cref="SparkWidth"/> of them (evenly picked, the
    /// last kept); a value that is not finite is a ×.</summary>
    private static string Spark(double[] values, bool log)
    {
        int width = Math.Min(SparkWidth, values.Length);
        var picked = Enumerable.Range(0, width).Select(i => values[width == 1 ? 0 : (int)Math.Round(i * (values.Length - 1) / (double)(width - 1))])
            .Select(v => log ? (v > 0 ? Math.Log10(v) : double.NaN) : v).ToList();
        var finite = picked.Where(double.IsFinite).ToList();
        if (finite.Count == 0) return new string('×', width);
        double min = finite.Min(), span = finite.Max() - min;
        return string.Concat(picked.Select(v => !double.IsFinite(v) ? '×' : Blocks[span == 0 ? 0 : (int)Math.Round((v - min) / span * (Blocks.Length - 1))]));
    }

    /// <summary>The sample's density as 16 counts between its min and max.</summary>
    private static double[] Histogram(FigureSample sample)
    {
        var counts = new double[16];
        double span = sample.Max - sample.Min;
        foreach (double v in sample.Values) counts[span == 0 ? 0 : Math.Min(15, (int)((v - sample.Min) / span * 16))]++;
        return counts;
    }

    private static string N(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
