using Grading.Core.Devices;
using Grading.Core.Results;
using Grading.Core.Running;
using Grading.Tests.Support;

namespace Grading.Tests.Devices;

/// <summary>Results of one submission as a CPU and a (fake) GPU would produce them: 1.1 runs on no device,
/// 1.3 and 1.4 are tensor sections.</summary>
internal static class DeviceCases
{
    public static readonly ComputeDevice Cpu = new("cpu", "Test CPU 3000");
    public static readonly ComputeDevice Gpu = new("cuda", "NVIDIA Test GPU");

    public static DevicePlan Plan(params ComputeDevice[] devices) => new("all", devices, "tensor sections ran on " + string.Join(" and ", devices.Select(d => d.Id)));

    /// <summary>A result on <paramref name="device"/>, with 1.3 and 1.4 taking the given times and scores.</summary>
    public static GradingResult On(string device, double ms13, double ms14, double score13 = 25, SectionStatus status13 = SectionStatus.Passed, string? problem13 = null)
    {
        var result = SampleResults.Result(
        [
            SampleResults.Section("1.1", 15, 15, SectionStatus.Passed) with { Device = null },
            Tensor("1.3", 25, score13, status13, ms13, device, problem13),
            Tensor("1.4", 15, 15, SectionStatus.Passed, ms14, device, null),
        ]);
        return result with { Environment = result.Environment with { Device = device } };
    }

    private static SectionResult Tensor(string id, double max, double score, SectionStatus status, double ms, string device, string? problem) =>
        SampleResults.Section(id, score, max, status, failedMessage: problem) with
        {
            Device = device,
            DurationMs = ms,
            Raw = new SectionRun { SectionId = id, DurationMs = ms, Device = device, Values = new Dictionary<string, double[]> { ["weights"] = [device == "cuda" ? 0.5000001 : 0.5, 1.5] } },
        };
}
