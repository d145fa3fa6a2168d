using MathNet.Numerics.LinearAlgebra;
using Ps1Autograd.Grading.Data;

namespace Ps1Autograd.Grading.Reference;

/// <summary>
/// The grader's own solution of min_w (1/n)‖Xw − y‖², and exact gradient descent on it. Everything
/// is kept in the Gram form (XᵀX, Xᵀy, yᵀy), so replaying 5000 epochs of a student's descent costs
/// 5000 7×7 products instead of 5000 passes over the data.
/// </summary>
public sealed class LeastSquaresReference
{
    private readonly Matrix<double> _gram;   // XᵀX
    private readonly Vector<double> _xty;    // Xᵀy
    private readonly double _yty;            // yᵀy
    private readonly int _n;
    private readonly RegressionDataset _data;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, Lazy<LeastSquaresReference>> _variants = new();

    public LeastSquaresReference(RegressionDataset data)
    {
        _data = data;
        _n = data.Rows;
        _gram = data.X.TransposeThisAndMultiply(data.X);
        _xty = data.X.TransposeThisAndMultiply(data.Y);
        _yty = data.Y.DotProduct(data.Y);
        // QR on X itself, not the normal equations: better conditioned, and it is the reference.
        Weights = data.X.QR().Solve(data.Y).ToArray();
        OptimalLoss = Loss(Weights);
        var eigenvalues = (_gram * (2.0 / _n)).Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).ToArray();
        LargestHessianEigenvalue = eigenvalues.Max();
        SmallestHessianEigenvalue = eigenvalues.Min();
    }

    /// <summary>The data this reference solves.</summary>
    public RegressionDataset Data => _data;

    /// <summary>The reference of the hidden variant made from <paramref name="seed"/> (<see cref="VariantDataset"/>), made once per seed.</summary>
    public LeastSquaresReference Variant(int seed)
    {
        if (_variants.Count > 16) _variants.Clear(); // a class graded in bulk has a seed per submission: keep a few
        return _variants.GetOrAdd(seed, s => new(() => new LeastSquaresReference(VariantDataset.Make(_data, s)))).Value;
    }

    public double[] Weights { get; }
    /// <summary>The name of each weight's column (intercept first).</summary>
    public IReadOnlyList<string> WeightNames => _data.FeatureNames;
    public double OptimalLoss { get; }
    /// <summary>Largest eigenvalue of the MSE's Hessian (2/n)XᵀX.</summary>
    public double LargestHessianEigenvalue { get; }
    public double SmallestHessianEigenvalue { get; }
    /// <summary>Gradient descent diverges for any learning rate above 2/λmax.</summary>
    public double StableLearningRateBound => 2.0 / LargestHessianEigenvalue;
    public int Dimension => Weights.Length;
    /// <summary>The number of rows n: the factor between the sum of squared errors and their mean.</summary>
    public int Rows => _n;

    /// <summary>MSE (1/n)‖Xw − y‖² = (wᵀGw − 2wᵀc + yᵀy)/n.</summary>
    public double Loss(IReadOnlyList<double> weights)
    {
        var w = Vector<double>.Build.DenseOfEnumerable(weights);
        return (w.DotProduct(_gram * w) - 2 * w.DotProduct(_xty) + _yty) / _n;
    }

    /// <summary>The prediction errors Xw − y of every row, as the notebook plots them.</summary>
    public double[] Residuals(IReadOnlyList<double> weights) =>
        (_data.X * Vector<double>.Build.DenseOfEnumerable(weights) - _data.Y).ToArray();

    /// <summary>∇MSE = (2/n)(Gw − c).</summary>
    public double[] Gradient(IReadOnlyList<double> weights)
    {
        var w = Vector<double>.Build.DenseOfEnumerable(weights);
        return ((_gram * w - _xty) * (2.0 / _n)).ToArray();
    }

    /// <summary>Exact gradient descent from <paramref name="initial"/>: the loss before every step and
    /// the weights after every step (index t holds the weights after t + 1 steps).</summary>
    public DescentTrajectory Descend(IReadOnlyList<double> initial, double learningRate, int steps)
    {
        var losses = new double[steps];
        var path = new double[steps][];
        var w = initial.ToArray();
        for (int t = 0; t < steps; t++)
        {
            losses[t] = Loss(w);
            double[] g = Gradient(w);
            for (int j = 0; j < w.Length; j++) w[j] -= learningRate * g[j];
            path[t] = (double[])w.Clone();
            if (!double.IsFinite(losses[t])) { Array.Resize(ref losses, t + 1); Array.Resize(ref path, t + 1); break; }
        }
        return new DescentTrajectory(losses, path);
    }

    /// <summary>Replays <paramref name="steps"/> updates of any rule (exact or mistaken) from <paramref name="initial"/>;
    /// <paramref name="step"/> updates the weights in place. Stops early, returning what it has, once they are not finite.</summary>
    public double[] Replay(IReadOnlyList<double> initial, int steps, Action<double[]> step)
    {
        var w = initial.ToArray();
        for (int t = 0; t < steps && w.All(double.IsFinite); t++) step(w);
        return w;
    }

    /// <summary>
    /// Undoes <paramref name="steps"/> exact gradient steps: w = (I − lr·H)⁻¹ (w' − lr·(2/n)Xᵀy). Null when a step
    /// cannot be undone (lr·λ = 1 for an eigenvalue λ of H).
    /// </summary>
    public double[]? Undo(IReadOnlyList<double> final, double learningRate, int steps)
    {
        var step = Matrix<double>.Build.DenseIdentity(Dimension) - _gram * (learningRate * 2.0 / _n);
        if (Math.Abs(step.Determinant()) < 1e-12) return null;
        var shift = _xty * (learningRate * 2.0 / _n);
        var w = Vector<double>.Build.DenseOfEnumerable(final);
        for (int t = 0; t < steps; t++) w = step.Solve(w - shift);
        return w.ToArray();
    }
}
