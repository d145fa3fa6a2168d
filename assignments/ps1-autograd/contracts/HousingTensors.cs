using TorchSharp;

namespace Ps1Autograd;

/// <summary>The same data as <see cref="HousingData"/>, as float64 tensors on the grading device.</summary>
/// <param name="X">Shape [n, 7]: a column of ones, then the six scaled features.</param>
/// <param name="Y">Shape [n]: the scaled median_house_value.</param>
public sealed record HousingTensors(torch.Tensor X, torch.Tensor Y);
