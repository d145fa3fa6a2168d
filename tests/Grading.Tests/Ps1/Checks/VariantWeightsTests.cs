using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Ps1.Checks;

/// <summary>
/// 1.1 is also run on the hidden variant of the data: weights written in fail there with a message that says so, weights
/// computed any way pass, the verdict survives a rescore (no student code), and the seed reaches the worker processes.
/// </summary>
public class VariantWeightsTests
{
    [Test]
    public void Grade_LiteralWeights_FailOnTheVariantAndTheRescoreAgrees()
    {
        var graded = FixtureGrading.Result("ps1-autograd", "closed-form-literal-weights");
        var rescored = Ps1Grading.Rescore(graded);

        Assert.That(graded.Section("1.1").FailedChecks(), Is.EqualTo(new[] { "weights" }));
        Assert.That(rescored.Section("1.1").Score, Is.EqualTo(graded.Section("1.1").Score));
        Assert.That(rescored.Section("1.1").FirstProblem, Is.EqualTo(graded.Section("1.1").FirstProblem));
    }

    [Test]
    public void Grade_MessageOnTheVariant_ShowsNoneOfItsExpectedValues()
    {
        var section = FixtureGrading.Result("ps1-autograd", "closed-form-literal-weights").Section("1.1");
        double seed = section.Raw.Values!["variant.seed"][0];
        var variant = new Ps1Autograd.Grading.Reference.LeastSquaresReference(DatasetPreparerTestsData()).Variant((int)seed);

        foreach (double weight in variant.Weights)
            Assert.That(section.FirstProblem, Does.Not.Contain(weight.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Grade_InWorkers_TheRequestedSeedIsTheOneUsed()
    {
        using var folder = new TempFolder("variant-worker-");
        File.Copy(Path.Combine(Ps1Grading.Reference, "Section11ClosedForm.cs"), Path.Combine(folder.Path, "Section11ClosedForm.cs"));

        var result = FixtureGrading.GradeInWorkers("ps1-autograd", folder.Path, variantSeed: 4242);

        Assert.That(result.Section("1.1").Status, Is.EqualTo(SectionStatus.Passed), result.Section("1.1").FirstProblem);
        Assert.That(result.Section("1.1").Raw.Values!["variant.seed"], Is.EqualTo(new[] { 4242.0 }));
    }

    private static Ps1Autograd.Grading.Data.RegressionDataset DatasetPreparerTestsData() => Ps1.Data.DatasetPreparerTests.Ps1Data();
}
