namespace Grading.Torch;

/// <summary>Finds out which devices this machine has. The real one asks libtorch and the OS
/// (<see cref="TorchDeviceProbe"/>); tests give a fake one, so device selection is tested without a GPU.</summary>
public interface IDeviceProbe
{
    DeviceInventory Probe();
}
