using System;
using System.Globalization;
using Grading.Contracts;
using Ps1Autograd;
using TorchSharp;
using static TorchSharp.torch;

namespace Submission;

/// <summary>
/// 1.4 Gradient descent with autograd: all seven weights in one 1×7 tensor that records the
/// operations on it, gradients from loss.backward().
/// </summary>
public sealed class Section14AutogradGradientDescent : ISection14AutogradGradientDescent
{
    // Below the stability bound 2/λmax((2/n)XᵀX) ≈ 0.257 of this data.
    private const double LearningRate = 0.1;

    public TrainingRun Train(HousingTensors data, TrainingOptions options)
    {
        var device = data.X.device;

        // Frees the weights (and anything else made here) when Train returns.
        using var scope = NewDisposeScope();

        // Randomly initialize weights: one 1×7 tensor, N(0, 1), created on the data's device so it
        // is a leaf of the graph (a .to(device) after creation would make a non-leaf whose .grad
        // stays empty), seeded by a generator of its own.
        using var generator = new Generator((ulong)options.Seed, device);
        var tb = randn(1, 7, dtype: float64, device: device, requires_grad: true, generator: generator);
        double[] initialWeights = ToDoubles(tb);

        var lossHistory = new double[options.Epochs];
        for (int t = 0; t < options.Epochs; t++)
        {
            // The epoch's temporaries (prediction, loss, the graph behind them, the .grad handle)
            // are native memory: free them every epoch, not when the finalizer gets round to it.
            using var epoch = NewDisposeScope();

            // Forward pass: X [n, 7] · tbᵀ [7, 1] is [n, 1]. Squeeze it to [n]: a [n, 1] prediction
            // minus the [n] target broadcasts to an [n, n] matrix and the "MSE" is then wrong.
            var tYPred = data.X.matmul(tb.T).squeeze(1);

            // Compute and print loss.
            var loss = (tYPred - data.Y).square().mean();
            double lossValue = loss.item<double>();
            lossHistory[t] = lossValue;
            if (t % options.LogEvery == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch:{t}, loss:{lossValue}"));
            }

            // Backprop to compute gradients of betas with respect to loss.
            loss.backward();

            using (no_grad())
            {
                // Update weights in place. C#'s `tb -= …` would not: it binds tb to a new tensor,
                // which is no longer the leaf that backward() fills the gradient of.
                tb.sub_(tb.grad! * LearningRate);

                // Manually clear the gradient after the update: backward() adds to .grad, so
                // without this every step would use the sum of all gradients so far.
                tb.grad = null;
            }
        }

        return new TrainingRun(initialWeights, LearningRate, lossHistory, ToDoubles(tb));
    }

    private static double[] ToDoubles(Tensor weights) =>
        weights.detach().cpu().reshape(-1).data<double>().ToArray();
}
