using System.CommandLine;
using Grading.Core.Devices;
using Grading.Torch;

namespace Grading.Cli.Commands;

/// <summary><c>--devices all|cpu,cuda</c>: run the tensor sections on several devices (the score stays --device's).</summary>
internal static class DevicesOption
{
    public static Option<string?> Create() => new("--devices")
    {
        Description = "Also run the tensor sections on these devices and compare times: all (every device this machine has) or a list such as cpu,cuda. "
            + "The score comes from --device.",
    };

    /// <summary>The plan, or null without --devices. Resolved before grading, so a bad list costs nothing.</summary>
    public static DevicePlan? Plan(string device, string? devices) =>
        devices is null ? null : TorchDevice.Plan(device, devices, TorchDeviceProbe.Default);
}
