using System;
using Grading.Contracts;
using Ps1Autograd;

namespace Submission;

/// <summary>1.2 Calculating the weights using arrays and gradient descent (30 pts).</summary>
/// <remarks>
/// Seven scalar weights b0..b6 and gradients you derive and write yourself, on plain arrays
/// (double[], or MathNet vectors). Rules: no TorchSharp, and no closed-form shortcut anywhere in this
/// file: no Solve, Inverse, PseudoInverse, QR, Svd or Cholesky, no MathNet.Numerics.LinearRegression
/// or MathNet.Numerics.Fit.
/// </remarks>
public sealed class Section12ArrayGradientDescent : ISection12ArrayGradientDescent
{
    public TrainingRun Train(HousingData data, TrainingOptions options)
    {
        // Randomly initialize weights, seeded: new Random(options.Seed)
        // b0 = # FILL IN THE MISSING CODE
        // ...
        // b6 = # FILL IN THE MISSING CODE
        //   Keep a copy of the initial weights: the grader checks your first steps from them.

        // Set learning rate (this can be a little fiddly, requires some tuning)
        // Tip: start with very small steps...
        // learning_rate = # FILL IN THE MISSING CODE

        // Set number of epochs: options.Epochs (the grader asks for 5000, and for a short probe run).

        // Loop through epochs, and apply gradient descent to update the weights:
        // for (int t = 0; t < options.Epochs; t++)
        // {
        //     // Forward pass: compute predicted y
        //     // y_pred = b0x0 + b1x1 + b2x2 + b3x3 + b4x4 + b5x5 + b6x6
        //     Y_pred = # FILL IN THE MISSING CODE
        //
        //     // Compute and print loss (the MSE), and record it in the loss history
        //     loss = # FILL IN THE MISSING CODE
        //     if (t % options.LogEvery == 0) print  Epoch:{t}, loss:{loss}
        //
        //     // Backprop to compute gradients of betas with respect to loss
        //     grad_y_pred = # FILL IN THE MISSING CODE
        //     grad_b0 = # FILL IN THE MISSING CODE
        //     ...
        //     grad_b6 = # FILL IN THE MISSING CODE
        //
        //     // Update weights
        //     b0 -= # FILL IN THE MISSING CODE
        //     ...
        //     b6 -= # FILL IN THE MISSING CODE
        // }

        // return new TrainingRun(initialWeights, learningRate, lossHistory, [b0, b1, b2, b3, b4, b5, b6]);

        throw new NotImplementedException("1.2 Train: not implemented yet.");
    }
}
