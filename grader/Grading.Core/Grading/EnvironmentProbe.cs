using System.Reflection;
using System.Runtime.InteropServices;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Core.Grading;

/// <summary>Describes the machine and runtime a result was produced on.</summary>
public static class EnvironmentProbe
{
    /// <summary>The grader, machine and runtime, and what was said of the device: also for a result nothing ran for.</summary>
    public static EnvironmentInfo Host(string deviceRequested, string device, string deviceNote) => new()
    {
        GraderVersion = typeof(Grader).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        Os = RuntimeInformation.OSDescription,
        Runtime = RuntimeInformation.FrameworkDescription,
        Machine = $"{Environment.MachineName} ({RuntimeInformation.ProcessArchitecture})",
        CpuThreads = Environment.ProcessorCount,
        DeviceRequested = deviceRequested,
        Device = device,
        DeviceNote = deviceNote,
    };

    internal static EnvironmentInfo Describe(GradingOptions options, IAssignmentSession session) => Host(options.Device, session.Device, session.DeviceNote) with
    {
        DeviceName = session.DeviceName,
        CudaVersion = session.CudaVersion,
        LibTorchVersion = session.LibTorchVersion,
    };
}
