using System;
using Grading.Contracts;
using Ps1Autograd;
using TorchSharp;

namespace Submission;

/// <summary>1.4 Calculating the weights using TorchSharp autograd (15 pts).</summary>
/// <remarks>
/// Replace the manual gradient calculations of 1.3 with autograd, and keep all seven weights in one
/// 1×7 tensor. Rules: call loss.backward(); exactly one tensor created with requires_grad: true;
/// update the weights under torch.no_grad(); no torch.linalg and no MathNet Solve.
/// </remarks>
public sealed class Section14AutogradGradientDescent : ISection14AutogradGradientDescent
{
    public TrainingRun Train(HousingTensors data, TrainingOptions options)
    {
        // Randomly initialize weights using TorchSharp, seeded from options.Seed, on data.X.device.
        // We can use a 1x7 tensor for all the weights. Make sure requires_grad: true.
        // tb = # FILL IN THE MISSING CODE

        // Set learning rate
        // learning_rate = # FILL IN THE MISSING CODE

        // Loop through epochs, and apply gradient descent to update the weights:
        // for (int t = 0; t < options.Epochs; t++)
        // {
        //     // `using var scope = torch.NewDisposeScope();` frees each epoch's temporaries.
        //
        //     // Forward pass: compute predicted y (it must have shape [n], like data.Y)
        //     tY_pred = # FILL IN THE MISSING CODE
        //
        //     // Compute and print loss, and record it in the loss history
        //     loss = # FILL IN THE MISSING CODE
        //     if (t % options.LogEvery == 0) print  epoch:{t}, loss:{loss.item<double>()}
        //
        //     // Backprop to compute gradients of betas with respect to loss
        //     loss.backward();
        //
        //     using (torch.no_grad())
        //     {
        //         // Update weights (in place: C#'s `tb -= ...` makes a new tensor instead)
        //         tb -= learning_rate * tb.grad
        //         // manually clear gradient after update
        //     }
        // }

        // return new TrainingRun(initialWeights, learningRate, lossHistory, weights);

        throw new NotImplementedException("1.4 Train: not implemented yet.");
    }
}
