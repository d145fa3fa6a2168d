using TorchSharp;

namespace AutodiffWarmup;

/// <summary>4: fit y = sin(x) with a + bx + cx² + dx³ (loss: the sum of squared errors, as in the lecture).</summary>
public interface ISection4PolynomialRegression
{
    /// <summary>Gradient descent with hand-written gradients on tensors, from <paramref name="initial"/> = [a, b, c, d];
    /// returns [a, b, c, d] after <c>options.Steps</c> updates.</summary>
    double[] FitByHand(torch.Tensor x, torch.Tensor y, double[] initial, PolynomialOptions options);

    /// <summary>The same fit with autograd: <c>nn.Sequential</c> of a Linear(3, 1) layer on [x, x², x³] and an optimiser;
    /// returns [a, b, c, d] (the layer's bias, then its three weights).</summary>
    double[] FitWithAutograd(torch.Tensor x, torch.Tensor y, PolynomialOptions options);
}
