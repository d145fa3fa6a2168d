using System;
using AutodiffWarmup;
using TorchSharp;
using static TorchSharp.torch;

namespace Submission;

public sealed class Section1Gradients : ISection1Gradients
{
    public double[] CubicGradient(double a, double b)
    {
        // FILL IN: a and b as float64 tensors with requires_grad: true; y = a³ − b² + 3; y.backward();
        // return [a.grad, b.grad] as doubles (item<double>()).
        throw new NotImplementedException();
    }

    public double SinSquareGradient(double x)
    {
        // FILL IN: y = sin(x)·x² on a tensor x with requires_grad: true; backward; return x.grad.
        throw new NotImplementedException();
    }
}
