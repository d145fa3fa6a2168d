using Ps1Autograd.Grading.Data;
using Ps1Autograd.Grading.Reference;

namespace Grading.Tests.Ps1.Data;

public class VariantDatasetTests
{
    private static readonly Lazy<LeastSquaresReference> Real = new(() => new LeastSquaresReference(DatasetPreparerTests.Ps1Data()));

    [Test]
    public void Make_SameSeed_SameData()
    {
        var a = VariantDataset.Make(Real.Value.Data, 7);
        var b = VariantDataset.Make(Real.Value.Data, 7);

        Assert.That(a.X.Equals(b.X) && a.Y.Equals(b.Y), Is.True);
    }

    [TestCase(1)]
    [TestCase(2025)]
    [TestCase(int.MaxValue)]
    public void Make_AnySeed_AQuarterToHalfTheRowsStandardizedAgainWithAnotherTarget(int seed)
    {
        var real = Real.Value;
        var variant = real.Variant(seed);

        Assert.That(variant.Rows, Is.InRange(real.Rows / 4, real.Rows / 2));
        Assert.That(variant.Data.X.Column(0).All(v => v == 1.0), Is.True, "the intercept's column of ones is kept");
        for (int j = 1; j < variant.Data.X.ColumnCount; j++)
        {
            var column = variant.Data.X.Column(j);
            double mean = column.Average();
            double variance = column.Sum(v => (v - mean) * (v - mean)) / (column.Count - 1);
            Assert.That(mean, Is.EqualTo(0).Within(1e-9), $"column {j}");
            Assert.That(variance, Is.EqualTo(1).Within(1e-9), $"column {j}");
        }
        // Weights copied from the real data cannot pass for the variant's at any tolerance the checks use.
        double largest = variant.Weights.Zip(real.Weights, (v, r) => Math.Abs(v - r)).Max();
        Assert.That(largest, Is.GreaterThan(0.1));
        // Learning rates stable on the real data stay stable: the curvature is about the same.
        Assert.That(variant.StableLearningRateBound, Is.EqualTo(real.StableLearningRateBound).Within(25).Percent);
    }

    [Test]
    public void Variant_TwoSeeds_DifferentData()
    {
        Assert.That(Real.Value.Variant(1).Weights, Is.Not.EqualTo(Real.Value.Variant(2).Weights));
    }
}
