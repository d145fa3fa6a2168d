using System;
using MathNet.Numerics.LinearAlgebra;
using Ps1Autograd;

namespace Submission;

/// <summary>1.1 Calculating the weights analytically (15 pts).</summary>
/// <remarks>
/// Apply linear algebra operations to X and Y to solve the linear regression problem analytically
/// (solve for the weights b0..b6). Rules: use MathNet.Numerics.LinearAlgebra (the notebook's
/// "numpy only"); no TorchSharp in this file. Round the weights to 3 decimal places.
/// </remarks>
public sealed class Section11ClosedForm : ISection11ClosedForm
{
    public Vector<double> Solve(HousingData data)
    {
        // data.X is n × 7 (a column of ones, then the six scaled features); data.Y has n entries.

        // weights_rounded = # FILL IN THE MISSING CODE
        //   Solve for the seven weights with MathNet's linear algebra, then round each to 3 decimals.

        throw new NotImplementedException("1.1 Solve: not implemented yet.");
    }
}
