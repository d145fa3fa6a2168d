using AutodiffWarmup;
using TorchSharp;
using static TorchSharp.torch;

namespace Submission;

/// <summary>2: two backward passes add up in x.grad; zero_() clears it.</summary>
public sealed class Section2Accumulation : ISection2Accumulation
{
    public double[] AccumulatedGradients(double x)
    {
        using var scope = NewDisposeScope();
        var tx = tensor(x, float64, requires_grad: true);
        F(tx).backward();
        double first = tx.grad!.item<double>();
        F(tx).backward();
        double second = tx.grad!.item<double>();
        tx.grad!.zero_();
        F(tx).backward();
        return [first, second, tx.grad!.item<double>()];
    }

    private static Tensor F(Tensor x) => sin(x) * x.pow(2);
}
