using System.Globalization;

namespace Grading.Cli.Benchmarking;

/// <summary>Prints cold and warm samples as median (min–max) per figure.</summary>
internal static class BenchmarkReport
{
    public static void Print(TextWriter writer, string label, IReadOnlyList<BenchmarkSample> samples)
    {
        writer.WriteLine($"{label} ({samples.Count} runs): median (min – max), seconds");
        Row(writer, "end to end", samples.Select(s => s.EndToEndMs));
        Row(writer, "compile", samples.Select(s => s.CompileMs));
        foreach (string section in samples[0].SectionMs.Keys) Row(writer, $"section {section}", samples.Select(s => s.SectionMs[section]));
        Row(writer, "all sections", samples.Select(s => s.SectionsMs));
        if (samples.Any(s => s.VariantMs > 0))
        {
            Row(writer, "hidden variants", samples.Select(s => s.VariantMs));
            var shares = samples.Select(s => s.VariantShare).Order().ToArray();
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {"variants / sections",-18} {shares[shares.Length / 2] * 100,6:0.0} %  ({shares[0] * 100:0.0} – {shares[^1] * 100:0.0} %)"));
        }
        Row(writer, "grader overhead", samples.Select(s => s.OverheadMs));
        writer.WriteLine();
    }

    private static void Row(TextWriter writer, string name, IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-18} {median / 1000,7:0.000}   ({sorted[0] / 1000:0.000} – {sorted[^1] / 1000:0.000})"));
    }
}
