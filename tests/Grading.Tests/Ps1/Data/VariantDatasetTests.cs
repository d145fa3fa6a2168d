using Ps1Autograd.Grading.Data;
using Ps1Autograd.Grading.Reference;

namespace Grading.Tests.Ps1.Data;

public class VariantDatasetTests
{
    private static readonly Lazy<LeastSquaresReference> Real = new(() => new LeastSquaresReference(DatasetPreparerTests.Ps1Data()));

    [Test]
    public void Make_SameSeed_SameDataEveryTime()
    {
        // 660977638 makes 8205 rows: above the size at which MathNet fills a vector from an initializer in parallel, which
        // once made the worker's variant and the grader's differ (the reference lost 1.1's points for 4 seeds in 1500).
        var first = VariantDataset.Make(Real.Value.Data, 660977638);
        for (int i = 0; i < 20; i++)
        {
            var again = VariantDataset.Make(Real.Value.Data, 660977638);
            Assert.That(again.X.Equals(first.X) && again.Y.Equals(first.Y), Is.True, $"make {i + 2}");
        }
    }

    [TestCase(1)]
    [TestCase(2025)]
    [TestCase(int.MaxValue)]
    public void Make_AnySeed_AQuarterToHalfTheRowsStandardizedAgainWithAnotherTarget(int seed)
    {
        var real = Real.Value;
        var variant = real.Variant(seed);

        Assert.That(variant.Rows, Is.InRange(real.Rows / 4, real.Rows / 2));
        Assert.That(variant.Rows % 2, Is.EqualTo(1), "odd, so code summing rows in blocks has rows left over on the check run");
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
