namespace AutodiffWarmup;

/// <summary>3: bring sin(x)·x² to a target by gradient descent on the loss (y − target)².</summary>
public interface ISection3Optimisation
{
    /// <summary>x after each of <paramref name="steps"/> updates <c>x -= lr * x.grad</c> made under <c>torch.no_grad()</c>,
    /// clearing the gradient after each: <paramref name="steps"/> numbers.</summary>
    double[] ManualDescent(double start, double target, double learningRate, int steps);

    /// <summary>The same descent with an <c>nn.Module</c> holding x as a <c>Parameter</c> and <c>optim.SGD</c>:
    /// x after each step.</summary>
    double[] OptimizerDescent(double start, double target, double learningRate, int steps);
}
