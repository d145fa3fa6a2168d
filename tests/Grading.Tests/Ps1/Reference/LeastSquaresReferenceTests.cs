using Grading.Tests.Ps1.Data;
using Ps1Autograd.Grading.Reference;

namespace Grading.Tests.Ps1.Reference;

public class LeastSquaresReferenceTests
{
    // numpy lstsq in float64, from assignments/ps1-autograd/data/README.md.
    private static readonly double[] NumpyWeights = [0.000000000, 0.204025270, -0.375077074, 0.361685421, -0.346563888, 0.421789956, 0.790243004];

    private static readonly Lazy<LeastSquaresReference> Ps1 = new(() => new LeastSquaresReference(DatasetPreparerTests.Ps1Data()));

    [Test]
    public void Weights_Ps1Data_MatchNumpyLstsq()
    {
        Assert.That(Ps1.Value.Weights, Is.EqualTo(NumpyWeights).Within(1e-6));
    }

    [Test]
    public void OptimalLoss_Ps1Data_MatchesTheDataReadme()
    {
        Assert.That(Ps1.Value.OptimalLoss, Is.EqualTo(0.428626510364248).Within(1e-9));
    }

    [Test]
    public void StableLearningRateBound_Ps1Data_IsTwoOverTheLargestEigenvalue()
    {
        Assert.That(Ps1.Value.LargestHessianEigenvalue, Is.EqualTo(7.774).Within(5e-4));
        Assert.That(Ps1.Value.StableLearningRateBound, Is.EqualTo(0.257).Within(5e-4));
    }

    [Test]
    public void Descend_LearningRate01For5000Epochs_ReachesTheOptimumToSixDecimals()
    {
        var start = new double[7];
        var run = Ps1.Value.Descend(start, 0.1, 5000);
        Assert.That(run.Losses, Has.Length.EqualTo(5000));
        Assert.That(run.FinalWeights, Is.EqualTo(Ps1.Value.Weights).Within(1e-6));
    }

    [Test]
    public void Descend_AboveTheBound_BlowsUpAndStopsEarly()
    {
        var run = Ps1.Value.Descend(new double[7], 0.3, 5000);
        Assert.That(run.Losses.Length, Is.LessThan(5000));
        Assert.That(double.IsFinite(run.Losses[^1]), Is.False);
    }

    [Test]
    public void Gradient_AtTheOptimum_IsZero()
    {
        Assert.That(Ps1.Value.Gradient(Ps1.Value.Weights), Is.All.EqualTo(0).Within(1e-10));
    }
}
