using System;
using MathNet.Numerics.LinearAlgebra;
using Ps1Autograd;

namespace Submission;

/// <summary>1.1 The least-squares weights in closed form.</summary>
public sealed class Section11ClosedForm : ISection11ClosedForm
{
    public Vector<double> Solve(HousingData data)
    {
        // Solve X·w = y in the least-squares sense through a thin QR factorisation of X. It gives
        // the same w as the normal equations (XᵀX)w = Xᵀy, but without forming XᵀX, whose condition
        // number is the square of X's: total_rooms, total_bedrooms and households are strongly
        // collinear, and squaring that costs digits for nothing.
        var weights = data.X.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).Solve(data.Y);

        // The notebook asks for 3 decimals. Math.Round rounds half to even, as numpy's round does;
        // adding 0.0 turns a -0.0 (the intercept of centred data) into 0.0.
        return weights.Map(w => Math.Round(w, 3) + 0.0);
    }
}
