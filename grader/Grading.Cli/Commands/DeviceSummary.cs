using System.Globalization;
using Grading.Core.Exporting.Text;
using Grading.Core.Results;

namespace Grading.Cli.Commands;

/// <summary>The lines <c>check --devices</c> adds under the summary: each tensor section's time per device,
/// and any section whose verdict differs between devices.</summary>
internal static class DeviceSummary
{
    public static void Write(GradingResult result, TextWriter writer)
    {
        if (result.Devices is not { } devices) return;
        writer.WriteLine();
        writer.WriteLine($"Devices ({devices.Requested}): {TerminalText.Line(devices.Note)}.");
        foreach (var section in result.Sections.Where(s => s.DeviceRuns is not null))
            writer.WriteLine($"  {section.Id}  " + string.Join("  ", section.DeviceRuns!.Select(Describe)));
        foreach (var disagreement in devices.Disagreements) writer.WriteLine($"  Differs: {TerminalText.Line(disagreement.Message)}");
    }

    private static string Describe(DeviceRun run) => string.Create(CultureInfo.InvariantCulture,
        $"{run.Device} {run.DurationMs / 1000:0.00} s {run.Status.ToString().ToLowerInvariant()}")
        + (run.Primary ? " (scored)" : run.TimeRatio is { } ratio ? string.Create(CultureInfo.InvariantCulture, $" ({ratio:0.00}× the time)") : "");
}
