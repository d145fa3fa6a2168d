using Grading.Contracts;

namespace Ps1Autograd;

/// <summary>
/// 1.2 Gradient descent with plain arrays (MathNet vectors) and hand-written gradients for seven
/// scalar weights b0..b6. No TorchSharp, no closed-form solve.
/// </summary>
public interface ISection12ArrayGradientDescent
{
    /// <summary>Runs <see cref="TrainingOptions.Epochs"/> epochs of gradient descent on the MSE.</summary>
    TrainingRun Train(HousingData data, TrainingOptions options);
}
