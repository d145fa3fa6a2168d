using AutodiffWarmup;
using TorchSharp;
using static TorchSharp.torch;

namespace Submission;

/// <summary>1: gradients by autograd (seed 001's y = a³ − b² + 3, seed 003's y = sin(x)·x²).</summary>
public sealed class Section1Gradients : ISection1Gradients
{
    public double[] CubicGradient(double a, double b)
    {
        using var scope = NewDisposeScope();
        var ta = tensor(a, float64, requires_grad: true);
        var tb = tensor(b, float64, requires_grad: true);
        var y = ta.pow(3) - tb.pow(2) + 3;
        y.backward();
        return [ta.grad!.item<double>(), tb.grad!.item<double>()];
    }

    public double SinSquareGradient(double x)
    {
        using var scope = NewDisposeScope();
        var tx = tensor(x, float64, requires_grad: true);
        var y = sin(tx) * tx.pow(2);
        y.backward();
        return tx.grad!.item<double>();
    }
}
