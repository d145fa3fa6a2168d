using AutodiffWarmup;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Submission;

/// <summary>3: bring sin(x)·x² to the target, by hand under no_grad, then with a Module and optim.SGD.</summary>
public sealed class Section3Optimisation : ISection3Optimisation
{
    public double[] ManualDescent(double start, double target, double learningRate, int steps)
    {
        using var scope = NewDisposeScope();
        var x = tensor(start, float64, requires_grad: true);
        var positions = new double[steps];
        for (int step = 0; step < steps; step++)
        {
            using var stepScope = NewDisposeScope();
            var loss = (sin(x) * x.pow(2) - target).pow(2);
            loss.backward();
            using (no_grad())
            {
                x.sub_(learningRate * x.grad!);
                x.grad!.zero_();
            }
            positions[step] = x.item<double>();
        }
        return positions;
    }

    public double[] OptimizerDescent(double start, double target, double learningRate, int steps)
    {
        using var scope = NewDisposeScope();
        using var model = new ToyModel(start);
        var optimizer = optim.SGD(model.parameters(), learningRate);
        var positions = new double[steps];
        for (int step = 0; step < steps; step++)
        {
            using var stepScope = NewDisposeScope();
            var loss = (model.forward() - target).pow(2);
            loss.backward();
            optimizer.step();
            optimizer.zero_grad();
            positions[step] = model.X.item<double>();
        }
        return positions;
    }

    /// <summary>The notebook's ToyModel: one Parameter x, forward gives sin(x)·x².</summary>
    private sealed class ToyModel : nn.Module
    {
        private readonly Parameter x;

        public ToyModel(double start) : base(nameof(ToyModel))
        {
            x = new Parameter(tensor(start, float64));
            RegisterComponents();
        }

        public Parameter X => x;

        public Tensor forward() => sin(x) * x.pow(2);
    }
}
