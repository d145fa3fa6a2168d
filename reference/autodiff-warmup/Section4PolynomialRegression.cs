using AutodiffWarmup;
using TorchSharp;
using static TorchSharp.torch;

namespace Submission;

/// <summary>4: seed 002's cubic fit of sin(x), with hand-written gradients and then with nn.Sequential and autograd.</summary>
public sealed class Section4PolynomialRegression : ISection4PolynomialRegression
{
    public double[] FitByHand(Tensor x, Tensor y, double[] initial, PolynomialOptions options)
    {
        using var scope = NewDisposeScope();
        var a = tensor(initial[0], float64);
        var b = tensor(initial[1], float64);
        var c = tensor(initial[2], float64);
        var d = tensor(initial[3], float64);
        for (int t = 0; t < options.Steps; t++)
        {
            using var step = NewDisposeScope();
            var yPred = a + b * x + c * x.pow(2) + d * x.pow(3);
            var gradYPred = 2.0 * (yPred - y);
            var gradA = gradYPred.sum();
            var gradB = (gradYPred * x).sum();
            var gradC = (gradYPred * x.pow(2)).sum();
            var gradD = (gradYPred * x.pow(3)).sum();
            a.sub_(options.LearningRate * gradA);
            b.sub_(options.LearningRate * gradB);
            c.sub_(options.LearningRate * gradC);
            d.sub_(options.LearningRate * gradD);
        }
        return [a.item<double>(), b.item<double>(), c.item<double>(), d.item<double>()];
    }

    public double[] FitWithAutograd(Tensor x, Tensor y, PolynomialOptions options)
    {
        using var scope = NewDisposeScope();
        var powers = tensor(new double[] { 1, 2, 3 }, float64);
        var xx = x.unsqueeze(-1).pow(powers);
        var linear = nn.Linear(3, 1, dtype: float64);
        using var model = nn.Sequential(linear, nn.Flatten(0, 1));
        using var lossFunction = nn.MSELoss(nn.Reduction.Sum);
        var optimizer = optim.SGD(model.parameters(), options.LearningRate);
        for (int t = 0; t < options.Steps; t++)
        {
            using var step = NewDisposeScope();
            var loss = lossFunction.forward(model.forward(xx), y);
            if (t % 500 == 499) System.Console.WriteLine($"{t} {loss.item<double>():F4}");
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
        }
        var weights = linear.weight!.detach().reshape(-1).data<double>().ToArray();
        return [linear.bias!.item<double>(), weights[0], weights[1], weights[2]];
    }
}
