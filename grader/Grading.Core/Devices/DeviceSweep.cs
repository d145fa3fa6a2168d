using Grading.Core.Assignments;
using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Core.Devices;

/// <summary>
/// <c>--devices</c>: after a submission is graded on the primary device, runs its tensor sections again on
/// each other device of the plan and folds those runs into the result (<see cref="DeviceResults"/>).
/// The score stays the primary device's. One grader per extra device, opened on first use and kept, so
/// grading many submissions prepares each device once.
/// </summary>
public sealed class DeviceSweep(DevicePlan plan, Func<ComputeDevice, GradeRequest, GradingResult> gradeOn, IDisposable? owned = null) : IDisposable
{
    /// <summary>A sweep whose extra devices are graded by graders of this assignment, running its tensor sections only.</summary>
    public static DeviceSweep OverGraders(DevicePlan plan, string specPath, AssignmentSpec spec, GradingOptions options)
    {
        var tensorSections = spec.Sections.Where(s => s.UsesTensors).Select(s => s.Id).ToHashSet();
        var graders = new GraderSet();
        return new DeviceSweep(plan, (device, request) =>
            graders.For(device.Id, () => Grader.Open(specPath, options with { Device = device.Id, OnlySections = tensorSections })).Grade(request), graders);
    }

    public GradingResult Grade(GradingResult primary, GradeRequest request)
    {
        // A submission that does not compile has nothing to run anywhere else.
        var others = primary.Compilation.Succeeded
            ? plan.Devices.Skip(1).Select(d => (d, gradeOn(d, request))).ToList()
            : [];
        return DeviceResults.Merge(primary, plan, others);
    }

    public void Dispose() => owned?.Dispose();
}
