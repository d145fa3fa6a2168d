namespace Grading.Core.Devices;

/// <summary>A device tensor sections can run on.</summary>
/// <param name="Id">What TorchSharp calls it: <c>cpu</c> or <c>cuda</c>.</param>
/// <param name="Name">What it is: the CPU's model or the GPU's name, when known.</param>
public sealed record ComputeDevice(string Id, string? Name);
