namespace AutodiffWarmup;

/// <summary>2: backward passes add to <c>x.grad</c> until it is cleared.</summary>
public interface ISection2Accumulation
{
    /// <summary>For y = sin(x)·x² on one tensor x: x.grad after one backward pass, after a second one,
    /// then after <c>x.grad.zero_()</c> and a third: three numbers.</summary>
    double[] AccumulatedGradients(double x);
}
