using System.Reflection;
using System.Runtime.InteropServices;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Core.Grading;

/// <summary>Describes the machine and runtime a result was produced on.</summary>
internal static class EnvironmentProbe
{
    public static EnvironmentInfo Describe(GradingOptions options, IAssignmentSession session) => new()
    {
        GraderVersion = typeof(Grader).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        Os = RuntimeInformation.OSDescription,
        Runtime = RuntimeInformation.FrameworkDescription,
        Machine = $"{Environment.MachineName} ({RuntimeInformation.ProcessArchitecture})",
        CpuThreads = Environment.ProcessorCount,
        DeviceRequested = options.Device,
        Device = session.Device,
        DeviceNote = session.DeviceNote,
        DeviceName = session.DeviceName,
        CudaVersion = session.CudaVersion,
        LibTorchVersion = session.LibTorchVersion,
    };
}
