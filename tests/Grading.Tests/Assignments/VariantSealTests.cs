using Grading.Core.Compiling;
using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;
using Grading.Tests.Support;

namespace Grading.Tests.Assignments;

/// <summary>
/// Official grading's variant seeds never reach a student: a result graded under the course secret stores them sealed, a
/// rescore with the secret opens them and gives the same grade, and one without it says what to set.
/// </summary>
public class VariantSealTests
{
    private const string Secret = "variant-seal-tests";
    private Grader _grader = null!;
    private GradingResult _graded = null!;

    [OneTimeSetUp]
    public void GradeWithTheCourseSecret()
    {
        _grader = Grader.Open(RepositoryPaths.Ps1Spec, new GradingOptions
        {
            Device = "cpu", Isolation = IsolationMode.InProcess, VariantSecret = Secret, OnlySections = new HashSet<string> { "1.1", "1.2" },
        });
        _graded = _grader.Grade(new GradeRequest(Ps1Grading.Reference));
    }

    [OneTimeTearDown]
    public void Close() => _grader?.Dispose();

    private static double StoredSeed(GradingResult result, string section) => result.Section(section).Raw.Values![SectionRun.VariantSeedKey][0];

    [Test]
    public void Grade_WithTheSecret_StoresTheSeedSealed()
    {
        int seed = VariantSeed.For(Secret, SubmissionSource.Read(Ps1Grading.Reference));
        foreach (string section in new[] { "1.1", "1.2" })
        {
            Assert.That(_graded.Section(section).Raw.Values!.ContainsKey(VariantSeal.SealedKey), section);
            Assert.That(StoredSeed(_graded, section), Is.Not.EqualTo(seed), $"{section}: the stored number is not the seed");
            Assert.That(_graded.Section(section).Score, Is.EqualTo(_graded.Section(section).MaxScore), section);
        }
        var saved = ResultJson.Serialize(_graded);
        Assert.That(saved, Does.Not.Contain(seed.ToString(System.Globalization.CultureInfo.InvariantCulture)), "the JSON a student is given does not hold the seed");
    }

    [Test]
    public void Rescore_WithTheSecret_OpensTheSeedAndGivesTheSameGradesSealedAgain()
    {
        var rescored = _grader.Rescore(ResultJson.Deserialize(ResultJson.Serialize(_graded)));
        foreach (string section in new[] { "1.1", "1.2" })
        {
            Assert.That(rescored.Section(section).Score, Is.EqualTo(_graded.Section(section).Score), section);
            Assert.That(rescored.Section(section).Checks.Select(c => c.Message), Is.EqualTo(_graded.Section(section).Checks.Select(c => c.Message)), section);
            Assert.That(StoredSeed(rescored, section), Is.EqualTo(StoredSeed(_graded, section)), $"{section}: sealed again, the same way");
        }
    }

    [Test]
    public void Rescore_WithoutTheSecret_SaysWhichSecretToSet()
    {
        var error = Assert.Throws<GradingException>(() => VariantSeal.Open(_graded, secret: null));
        Assert.That(error!.Message, Does.Contain(VariantSeed.SecretVariable));
    }

    [Test]
    public void Seal_WithoutASecret_LeavesASelfChecksSeedAsItIs()
    {
        Assert.That(VariantSeal.Seal(_graded, secret: null), Is.SameAs(_graded));
        var opened = VariantSeal.Open(_graded, Secret);
        Assert.That(VariantSeal.Open(opened, secret: null), Is.SameAs(opened), "nothing sealed, nothing to open");
    }
}
