using System;
using AutodiffWarmup;
using TorchSharp;
using static TorchSharp.torch;

namespace Submission;

public sealed class Section4PolynomialRegression : ISection4PolynomialRegression
{
    public double[] FitByHand(Tensor x, Tensor y, double[] initial, PolynomialOptions options)
    {
        // FILL IN: a, b, c, d from initial; options.Steps times: y_pred = a + b x + c x² + d x³,
        // the gradients of Σ (y_pred − y)² with respect to a, b, c, d written by hand, and the update
        // p -= options.LearningRate · grad_p. No autograd here. Return [a, b, c, d].
        throw new NotImplementedException();
    }

    public double[] FitWithAutograd(Tensor x, Tensor y, PolynomialOptions options)
    {
        // FILL IN: xx = x.unsqueeze(-1).pow([1, 2, 3]); model = nn.Sequential(nn.Linear(3, 1, dtype: float64), nn.Flatten(0, 1));
        // loss = nn.MSELoss(Reduction.Sum); an optimiser (optim.SGD) at options.LearningRate for options.Steps steps.
        // Return [bias, w1, w2, w3] of the Linear layer.
        throw new NotImplementedException();
    }
}
