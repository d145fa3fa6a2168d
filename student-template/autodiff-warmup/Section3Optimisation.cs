using System;
using AutodiffWarmup;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Submission;

public sealed class Section3Optimisation : ISection3Optimisation
{
    public double[] ManualDescent(double start, double target, double learningRate, int steps)
    {
        // FILL IN: x = tensor(start, float64, requires_grad: true). Each step: loss = (sin(x)·x² − target)²;
        // loss.backward(); under no_grad(): x -= learningRate · x.grad, then clear x.grad. Record x after each step.
        throw new NotImplementedException();
    }

    public double[] OptimizerDescent(double start, double target, double learningRate, int steps)
    {
        // FILL IN: an nn.Module holding x as a Parameter (forward: sin(x)·x²), optim.SGD(model.parameters(), learningRate);
        // each step: loss, backward, optimizer.step(), optimizer.zero_grad(). Record x after each step.
        throw new NotImplementedException();
    }
}
