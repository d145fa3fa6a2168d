namespace Grading.Core.Devices;

/// <summary>The devices <c>--devices</c> asks the tensor sections to run on.</summary>
/// <param name="Requested">The option as given: <c>all</c>, or a list such as <c>cpu,cuda</c>.</param>
/// <param name="Devices">The primary device first (the one that scores), then the others.</param>
/// <param name="Note">A sentence for the result, e.g. "no CUDA device: tensor sections ran on cpu only".</param>
public sealed record DevicePlan(string Requested, IReadOnlyList<ComputeDevice> Devices, string Note)
{
    public ComputeDevice Primary => Devices[0];
}
