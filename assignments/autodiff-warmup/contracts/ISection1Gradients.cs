namespace AutodiffWarmup;

/// <summary>1: gradients by autograd, compared with the analytic derivatives.</summary>
public interface ISection1Gradients
{
    /// <summary>[dy/da, dy/db] of y = a³ − b² + 3 at (a, b), by <c>backward()</c> on tensors created with requires_grad.</summary>
    double[] CubicGradient(double a, double b);

    /// <summary>dy/dx of y = sin(x)·x² at x, by <c>backward()</c>.</summary>
    double SinSquareGradient(double x);
}
