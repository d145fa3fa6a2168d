using System.Globalization;
using Grading.Core.Results;

namespace Grading.Reports.Html;

/// <summary>A tensor section's runs on each device, as table rows, the scored (primary) device first.</summary>
internal static class DeviceRunViews
{
    public static List<DeviceRunView> For(SectionResult section)
    {
        if (section.DeviceRuns is not { Count: > 0 } runs) return [];
        string primary = runs[0].Device;
        return runs.Select(run => new DeviceRunView(
            run.DeviceName is { } name ? $"{run.Device} ({name})" : run.Device,
            run.Primary ? "scored" : "",
            Display.Status(run.Status),
            Display.Symbol(run.Status),
            $"{Display.Points(run.Score)}/{Display.Points(section.MaxScore)}",
            Display.Seconds(run.DurationMs),
            run.Primary ? "" : Comparison(run.TimeRatio, primary),
            run.FirstProblem ?? "")).ToList();
    }

    /// <summary>"0.25× the cpu time (4.0× faster)"; "–" when a run did not complete.</summary>
    internal static string Comparison(double? ratio, string primary)
    {
        if (ratio is not { } r || r <= 0 || !double.IsFinite(r)) return "–";
        string speed = r < 1 ? $"{1 / r:0.0}× faster" : r > 1 ? $"{r:0.0}× slower" : "as fast";
        return string.Create(CultureInfo.InvariantCulture, $"{r:0.00}× the {primary} time ({speed})");
    }
}
