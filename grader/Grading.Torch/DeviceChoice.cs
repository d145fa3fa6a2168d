namespace Grading.Torch;

/// <summary>Where tensor sections run, and a sentence saying why (e.g. "auto: no CUDA device, using cpu").</summary>
public sealed record DeviceChoice(string Device, string Note);
