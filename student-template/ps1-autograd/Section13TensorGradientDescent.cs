using System;
using Grading.Contracts;
using Ps1Autograd;
using TorchSharp;

namespace Submission;

/// <summary>1.3 Calculating the weights using TorchSharp tensors and gradient descent (25 pts).</summary>
/// <remarks>
/// The same manual gradient algorithm as 1.2, with TorchSharp tensors and operators instead of arrays.
/// Rules: use TorchSharp; gradients by hand, so no autograd: no requires_grad (property, requires_grad_
/// or a requires_grad: argument), no backward(), no torch.autograd; no torch.linalg and no MathNet Solve.
/// </remarks>
public sealed class Section13TensorGradientDescent : ISection13TensorGradientDescent
{
    public TrainingRun Train(HousingTensors data, TrainingOptions options)
    {
        // data.X is a float64 tensor of shape [n, 7], data.Y of shape [n], both on data.X.device.

        // Randomly initialize weights using TorchSharp, seeded from options.Seed
        // (torch.manual_seed(options.Seed), or a torch.Generator), on data.X.device:
        // tb0 = # FILL IN THE MISSING CODE
        // ...
        // tb6 = # FILL IN THE MISSING CODE

        // Set learning rate
        // learning_rate = # FILL IN THE MISSING CODE

        // Loop through epochs, and apply gradient descent to update the weights:
        // for (int t = 0; t < options.Epochs; t++)
        // {
        //     // Tensors hold native memory the garbage collector does not see: open
        //     // `using var scope = torch.NewDisposeScope();` here so each epoch's temporaries are freed,
        //     // and update the weights in place (sub_), keeping them outside the scope.
        //
        //     // Forward pass: compute predicted y
        //     // y_pred = b0x0 + b1x1 + b2x2 + b3x3 + b4x4 + b5x5 + b6x6
        //     tY_pred = # FILL IN THE MISSING CODE
        //
        //     // Compute and print loss, and record it in the loss history
        //     loss = # FILL IN THE MISSING CODE
        //     if (t % options.LogEvery == 0) print  epoch:{t}, loss:{loss}
        //
        //     // Backprop to compute gradients of betas with respect to loss
        //     grad_y_pred = # FILL IN THE MISSING CODE
        //     grad_b0 = # FILL IN THE MISSING CODE
        //     ...
        //     grad_b6 = # FILL IN THE MISSING CODE
        //
        //     // Update weights
        //     tb0 -= # FILL IN THE MISSING CODE
        //     ...
        //     tb6 -= # FILL IN THE MISSING CODE
        // }

        // return new TrainingRun(initialWeights, learningRate, lossHistory, weights);

        throw new NotImplementedException("1.3 Train: not implemented yet.");
    }
}
