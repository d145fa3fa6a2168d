using MathNet.Numerics.LinearAlgebra;

namespace Ps1Autograd;

/// <summary>1.1 Calculating the weights analytically (MathNet.Numerics only).</summary>
public interface ISection11ClosedForm
{
    /// <summary>Solves the least-squares problem for b0..b6, rounded to 3 decimal places.</summary>
    Vector<double> Solve(HousingData data);
}
