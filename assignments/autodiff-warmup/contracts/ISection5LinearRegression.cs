using TorchSharp;

namespace AutodiffWarmup;

/// <summary>5: linear regression with a Linear class holding w and b (requires_grad) and a step function.</summary>
public interface ISection5LinearRegression
{
    /// <summary>Trains on <paramref name="x"/> [n, 1] and <paramref name="y"/> [n] with the MSE loss, <c>options.Steps</c>
    /// calls of step at <c>options.LearningRate</c>; the initial w and b are random (seed torch with <c>options.Seed</c>).</summary>
    LinearFit Fit(torch.Tensor x, torch.Tensor y, LinearOptions options);
}
