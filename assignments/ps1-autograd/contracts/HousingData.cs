using MathNet.Numerics.LinearAlgebra;

namespace Ps1Autograd;

/// <summary>
/// The scaled California Housing data as the notebook prepares it: longitude and latitude dropped,
/// every column z-scored with the sample standard deviation.
/// </summary>
/// <param name="X">n × 7: a column of ones (the intercept), then the six scaled features.</param>
/// <param name="Y">n: the scaled median_house_value.</param>
public sealed record HousingData(Matrix<double> X, Vector<double> Y);
