using MathNet.Numerics.LinearAlgebra;

namespace Ps1Autograd.Grading.Data;

/// <summary>A prepared regression problem: design matrix, target, and the names of X's columns.</summary>
public sealed record RegressionDataset(Matrix<double> X, Vector<double> Y, IReadOnlyList<string> FeatureNames)
{
    public int Rows => X.RowCount;
}
