using System;
using AutodiffWarmup;
using TorchSharp;
using static TorchSharp.torch;

namespace Submission;

public sealed class Section2Accumulation : ISection2Accumulation
{
    public double[] AccumulatedGradients(double x)
    {
        // FILL IN: on ONE tensor x (requires_grad: true), with f(x) = sin(x)·x²:
        // f(x).backward() and read x.grad; f(x).backward() again and read x.grad;
        // x.grad.zero_(), f(x).backward() once more and read x.grad. Return the three values.
        throw new NotImplementedException();
    }
}
