using Grading.Core.Grading;
using TorchSharp;

namespace Grading.Torch;

/// <summary>Turns --device auto|cpu|cuda into the device tensor sections run on, and says why.</summary>
public static class TorchDevice
{
    public static (string Device, string Note) Resolve(string requested)
    {
        TorchRuntime.EnsureLoaded();
        bool cuda = torch.cuda.is_available();
        return requested.ToLowerInvariant() switch
        {
            "cpu" => ("cpu", "cpu, as requested"),
            "cuda" when cuda => ("cuda", $"cuda, as requested ({torch.cuda.device_count()} device(s))"),
            "cuda" => throw new GradingException("--device cuda was requested, but no GPU is present: CUDA is not available to libtorch on this machine.\n"
                + "Use --device cpu or --device auto (a CPU-only build of the grader never sees a GPU)."),
            "auto" => cuda ? ("cuda", "auto: CUDA is available, using cuda") : ("cpu", "auto: no CUDA device, using cpu"),
            _ => throw new GradingException($"Unknown device '{requested}': use auto, cpu or cuda."),
        };
    }
}
