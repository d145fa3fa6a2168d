using AutodiffWarmup;
using TorchSharp;
using static TorchSharp.torch;

namespace Submission;

/// <summary>5: seed 001's linear regression: a Linear class holding w and b, and a step function.</summary>
public sealed class Section5LinearRegression : ISection5LinearRegression
{
    public LinearFit Fit(Tensor x, Tensor y, LinearOptions options)
    {
        using var scope = NewDisposeScope();
        manual_seed(options.Seed);
        var model = new Linear(1, 1);
        double initialWeight = model.W.item<double>(), initialBias = model.B.item<double>();
        var losses = new double[options.Steps];
        for (int i = 0; i < options.Steps; i++) losses[i] = Step(x, y, model, options.LearningRate);
        return new LinearFit(initialWeight, initialBias, model.W.item<double>(), model.B.item<double>(), losses);
    }

    /// <summary>One epoch: forward, MSE, backward, update under no_grad, clear the gradients.</summary>
    private static double Step(Tensor x, Tensor y, Linear model, double lr)
    {
        using var scope = NewDisposeScope();
        var yPred = model.Forward(x);
        var loss = (y - yPred.squeeze()).square().mean();
        loss.backward();
        using (no_grad())
        {
            foreach (var param in model.Params)
            {
                param.sub_(lr * param.grad!);
                param.grad!.zero_();
            }
        }
        return loss.item<double>();
    }

    /// <summary>The notebook's Linear: w [n_in, n_out] and b [n_out], random, with requires_grad.</summary>
    private sealed class Linear
    {
        public Linear(int nIn, int nOut)
        {
            W = randn(nIn, nOut, dtype: float64).requires_grad_();
            B = randn(nOut, dtype: float64).requires_grad_();
            Params = [W, B];
        }

        public Tensor W { get; }
        public Tensor B { get; }
        public Tensor[] Params { get; }

        public Tensor Forward(Tensor x) => x.matmul(W) + B;
    }
}
