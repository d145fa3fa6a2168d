using Grading.Core.Figures;

namespace Grading.Core.Running;

/// <summary>An assignment prepared for grading: its data and the reference the checks compare with.</summary>
public interface IAssignmentSession : IDisposable
{
    /// <summary>What the checks compare with. Its type is the harness's own: the harness's checks cast it
    /// (<see cref="Checks.CheckContext.ReferenceAs{T}"/>); implementing <see cref="Checks.IReferenceValues"/>
    /// lets the engine's <c>values</c> check look up expected values by name.</summary>
    object Reference { get; }
    /// <summary>Named values of the reference stored in every result for the report (its <c>reference</c>), or null.</summary>
    ValueTable? Summary => null;
    /// <summary>The device tensor sections run on, as resolved (e.g. <c>cpu</c>).</summary>
    string Device { get; }
    /// <summary>A sentence about the device choice, e.g. "auto: no CUDA device, using CPU".</summary>
    string DeviceNote { get; }
    /// <summary>The libtorch version in use, when the assignment uses tensors.</summary>
    string? LibTorchVersion { get; }
    /// <summary>What <see cref="Device"/> is (a CPU model, a GPU name), when the session knows.</summary>
    string? DeviceName => null;
    /// <summary>The CUDA runtime and driver in use, when the device is a GPU.</summary>
    string? CudaVersion => null;
    /// <summary>Where, on the thread running student code, the grader may collect garbage that holds native memory
    /// (tensors); null when the assignment has none.</summary>
    Memory.ISafeCollectionPoint? CollectionPoint => null;
}
