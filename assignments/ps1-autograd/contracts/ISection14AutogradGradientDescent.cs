using Grading.Contracts;

namespace Ps1Autograd;

/// <summary>
/// 1.4 Gradient descent with TorchSharp autograd: one 1×7 weight tensor with requires_grad,
/// loss.backward(), the update under no_grad, and the gradient cleared after every update.
/// </summary>
public interface ISection14AutogradGradientDescent
{
    /// <summary>Runs <see cref="TrainingOptions.Epochs"/> epochs of gradient descent on the MSE.</summary>
    TrainingRun Train(HousingTensors data, TrainingOptions options);
}
