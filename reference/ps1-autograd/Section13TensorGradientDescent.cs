using System;
using System.Globalization;
using System.Linq;
using Grading.Contracts;
using Ps1Autograd;
using TorchSharp;
using static TorchSharp.torch;

namespace Submission;

/// <summary>
/// 1.3 The gradient descent of 1.2 with TorchSharp tensors and operators; the gradients are still
/// written by hand, so autograd stays off (no requires_grad anywhere).
/// </summary>
public sealed class Section13TensorGradientDescent : ISection13TensorGradientDescent
{
    // Below the stability bound 2/λmax((2/n)XᵀX) ≈ 0.257 of this data.
    private const double LearningRate = 0.1;

    public TrainingRun Train(HousingTensors data, TrainingOptions options)
    {
        var device = data.X.device;
        long n = data.Y.shape[0];

        // Everything made here (columns, weights, the epochs' temporaries that escape them) is
        // native memory the garbage collector does not see; the scope frees it when Train returns.
        using var scope = NewDisposeScope();

        // The columns x0..x6, sliced out once as contiguous tensors.
        var x = Enumerable.Range(0, 7).Select(j => data.X.select(1, j).contiguous()).ToArray();
        var y = data.Y;

        // Randomly initialize weights using PyTorch: seven one-element float64 tensors drawn from
        // N(0, 1) on the data's device, from a generator of their own so that the seed decides
        // them and nothing else in the process does.
        using var generator = new Generator((ulong)options.Seed, device);
        Tensor NewWeight() => randn(1, dtype: float64, device: device, generator: generator);
        var tb0 = NewWeight();
        var tb1 = NewWeight();
        var tb2 = NewWeight();
        var tb3 = NewWeight();
        var tb4 = NewWeight();
        var tb5 = NewWeight();
        var tb6 = NewWeight();
        double[] initialWeights = ToDoubles(tb0, tb1, tb2, tb3, tb4, tb5, tb6);

        var lossHistory = new double[options.Epochs];
        for (int t = 0; t < options.Epochs; t++)
        {
            // Each epoch makes ~40 temporaries of n doubles; without a scope per epoch they live
            // until the finalizer runs, and 5000 epochs of them exhaust memory.
            using var epoch = NewDisposeScope();

            // Forward pass: compute predicted y.
            var tYPred = tb0 * x[0] + tb1 * x[1] + tb2 * x[2] + tb3 * x[3] + tb4 * x[4] + tb5 * x[5] + tb6 * x[6];

            // Compute and print loss.
            var residual = tYPred - y;
            double loss = residual.square().mean().item<double>();
            lossHistory[t] = loss;
            if (t % options.LogEvery == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch:{t}, loss:{loss}"));
            }

            // Backprop to compute gradients of betas with respect to loss:
            // dL/dŷ = 2(ŷ − y)/n, then dL/dbj = Σ dL/dŷ · xj.
            var gradYPred = residual * (2.0 / n);
            var gradB0 = (gradYPred * x[0]).sum();
            var gradB1 = (gradYPred * x[1]).sum();
            var gradB2 = (gradYPred * x[2]).sum();
            var gradB3 = (gradYPred * x[3]).sum();
            var gradB4 = (gradYPred * x[4]).sum();
            var gradB5 = (gradYPred * x[5]).sum();
            var gradB6 = (gradYPred * x[6]).sum();

            // Update weights in place: `tb0 -= …` would bind tb0 to a new tensor made inside this
            // epoch's scope, which the scope then disposes.
            tb0.sub_(gradB0 * LearningRate);
            tb1.sub_(gradB1 * LearningRate);
            tb2.sub_(gradB2 * LearningRate);
            tb3.sub_(gradB3 * LearningRate);
            tb4.sub_(gradB4 * LearningRate);
            tb5.sub_(gradB5 * LearningRate);
            tb6.sub_(gradB6 * LearningRate);
        }

        return new TrainingRun(
            initialWeights, LearningRate, lossHistory, ToDoubles(tb0, tb1, tb2, tb3, tb4, tb5, tb6));
    }

    private static double[] ToDoubles(params Tensor[] weights) =>
        weights.Select(w => w.item<double>()).ToArray();
}
