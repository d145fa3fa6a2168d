using System.Globalization;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Core.Devices;

/// <summary>
/// Folds the tensor sections' runs on other devices into the primary device's result. Pure: the primary
/// result keeps its score, totals and everything else; each tensor section gains its per-device runs, and
/// the result says which devices ran and where they disagree.
/// </summary>
public static class DeviceResults
{
    public static GradingResult Merge(GradingResult primary, DevicePlan plan, IReadOnlyList<(ComputeDevice Device, GradingResult Result)> others)
    {
        if (primary.Environment.Device != plan.Primary.Id)
            throw new InvalidOperationException($"The primary result ran on {primary.Environment.Device}, the plan's primary device is {plan.Primary.Id}.");
        var sections = primary.Sections.Select(s => s.Device is null ? s : s with { DeviceRuns = RunsOf(s, plan.Primary, others) }).ToList();
        return primary with
        {
            Sections = sections,
            Devices = new DeviceComparison
            {
                Requested = plan.Requested,
                Devices = plan.Devices,
                Note = plan.Note,
                Disagreements = sections.Where(s => s.DeviceRuns is not null).SelectMany(Disagreements).ToList(),
            },
        };
    }

    private static List<DeviceRun> RunsOf(SectionResult section, ComputeDevice primaryDevice, IReadOnlyList<(ComputeDevice Device, GradingResult Result)> others)
    {
        var runs = new List<DeviceRun> { RunOf(section, primaryDevice, primary: true, primaryRun: section) };
        foreach (var (device, result) in others)
        {
            var other = result.Sections.FirstOrDefault(s => s.Id == section.Id)
                ?? throw new InvalidOperationException($"The {device.Id} result has no section {section.Id}.");
            runs.Add(RunOf(other, device, primary: false, primaryRun: section));
        }
        return runs;
    }

    private static DeviceRun RunOf(SectionResult section, ComputeDevice device, bool primary, SectionResult primaryRun) => new()
    {
        Device = device.Id,
        DeviceName = device.Name,
        Primary = primary,
        Status = section.Status,
        Score = section.Score,
        DurationMs = section.DurationMs,
        TimeRatio = Completed(section) && Completed(primaryRun) && primaryRun.DurationMs > 0 ? section.DurationMs / primaryRun.DurationMs : null,
        FirstProblem = section.FirstProblem,
        Values = section.Raw.Values,
    };

    private static bool Completed(SectionResult section) => section.Raw.Outcome == RunOutcome.Completed;

    /// <summary>A sentence for each device whose verdict (status or points) differs from the primary's.</summary>
    private static IEnumerable<DeviceDisagreement> Disagreements(SectionResult section)
    {
        var runs = section.DeviceRuns!;
        var first = runs[0];
        foreach (var run in runs.Skip(1).Where(r => r.Status != first.Status || r.Score != first.Score))
        {
            var (good, bad) = Better(first, run) ? (first, run) : (run, first);
            string verb = good.Status == SectionStatus.Passed ? "passes" : $"scores {Points(good.Score)}/{Points(section.MaxScore)}";
            yield return new DeviceDisagreement(section.Id,
                $"{section.Id} {verb} on {good.Device} but not on {bad.Device} ({Word(bad.Status)}, {Points(bad.Score)}/{Points(section.MaxScore)})"
                + (bad.FirstProblem is { } problem ? $": {problem}" : "."));
        }
    }

    private static bool Better(DeviceRun a, DeviceRun b) => a.Score != b.Score ? a.Score > b.Score : a.Status == SectionStatus.Passed;

    private static string Word(SectionStatus status) => status.ToString().ToLowerInvariant();

    private static string Points(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
