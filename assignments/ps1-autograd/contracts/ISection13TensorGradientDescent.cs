using Grading.Contracts;

namespace Ps1Autograd;

/// <summary>
/// 1.3 The same gradient descent with TorchSharp tensors and operators, gradients still written
/// by hand: no autograd (no requires_grad, no backward).
/// </summary>
public interface ISection13TensorGradientDescent
{
    /// <summary>Runs <see cref="TrainingOptions.Epochs"/> epochs of gradient descent on the MSE.</summary>
    TrainingRun Train(HousingTensors data, TrainingOptions options);
}
