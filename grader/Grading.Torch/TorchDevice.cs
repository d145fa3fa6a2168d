using Grading.Core.Devices;
using Grading.Core.Grading;
using TorchSharp;

namespace Grading.Torch;

/// <summary>Turns --device auto|cpu|cuda and --devices all|cpu,cuda into the devices tensor sections run on,
/// and says why. The machine's devices come from a probe, so every branch is testable without a GPU.</summary>
public static class TorchDevice
{
    private static readonly string[] Known = ["cpu", "cuda"];

    public static DeviceChoice Resolve(string requested) => Resolve(requested, TorchDeviceProbe.Default);

    public static DeviceChoice Resolve(string requested, IDeviceProbe probe)
    {
        var devices = probe.Probe();
        bool cuda = devices.CudaAvailable;
        return requested.ToLowerInvariant() switch
        {
            "cpu" => new("cpu", "cpu, as requested"),
            "cuda" when cuda => new("cuda", $"cuda, as requested ({devices.CudaDeviceCount} device(s))"),
            "cuda" => throw NoGpu("--device cuda was requested"),
            "auto" => cuda ? new("cuda", "auto: CUDA is available, using cuda") : new("cpu", "auto: no CUDA device, using cpu"),
            _ => throw new GradingException($"Unknown device '{requested}': use auto, cpu or cuda."),
        };
    }

    /// <summary>The devices for <c>--devices</c>: <c>all</c> (every device this machine has) or a comma-separated
    /// list; the primary device (from <c>--device</c>, which scores) always comes first.</summary>
    public static DevicePlan Plan(string primaryRequested, string devicesRequested, IDeviceProbe probe)
    {
        var devices = probe.Probe();
        string primary = Resolve(primaryRequested, probe).Device;
        string requested = devicesRequested.Trim().ToLowerInvariant();
        List<string> ids;
        if (requested == "all")
        {
            ids = devices.CudaAvailable ? ["cpu", "cuda"] : ["cpu"];
        }
        else
        {
            ids = requested.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            string? unknown = ids.FirstOrDefault(id => !Known.Contains(id));
            if (ids.Count == 0 || unknown is not null)
                throw new GradingException($"Unknown device '{unknown ?? devicesRequested}' in --devices: use all, or a list of cpu and cuda (e.g. cpu,cuda).");
            if (ids.Contains("cuda") && !devices.CudaAvailable) throw NoGpu("--devices names cuda");
        }
        var ordered = ids.Prepend(primary).Distinct().Select(id => new ComputeDevice(id, devices.NameOf(id))).ToList();
        string note = requested == "all" && !devices.CudaAvailable
            ? "no CUDA device: tensor sections ran on cpu only"
            : $"tensor sections ran on {string.Join(" and ", ordered.Select(d => d.Id))}; {primary} scores";
        return new DevicePlan(devicesRequested, ordered, note);
    }

    /// <summary>Readies a device before any section is timed: on CUDA, creates the context and loads the kernels
    /// (the first CUDA call costs a second or more, which no section should be charged), and keeps matmuls in
    /// full float32 precision (TF32 would round to 10 bits of mantissa on Ampere and later).</summary>
    public static void Prepare(string device)
    {
        if (device != "cuda") return;
        torch.backends.cuda.matmul.allow_tf32 = false;
        using var ones = torch.ones(64, 64, torch.float64, torch.device(device));
        using var product = ones.matmul(ones).sum();
        _ = product.item<double>();
        torch.cuda.synchronize();
    }

    private static GradingException NoGpu(string what) =>
        new($"{what}, but no GPU is present: CUDA is not available to libtorch on this machine.\n"
            + "Use --device cpu or --device auto (a CPU-only build of the grader never sees a GPU).");
}
