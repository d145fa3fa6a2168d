using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.EndToEnd;

/// <summary>
/// What PS1 fixtures show beyond their front matter (points, failed checks, message words: see
/// Calibration/FixtureCatalogTests, which grades every fixture). The results are the catalog's own, graded once.
/// </summary>
public class FixtureGradingTests
{
    private static GradingResult Graded(string fixture) => FixtureGrading.Result("ps1-autograd", fixture);

    [Test]
    public void Grade_EmptyAnswer_KeepsTheOtherAnswersPending()
    {
        var section = Graded("empty-answer").Section("1.5");
        Assert.That((section.Score, section.PendingPoints), Is.EqualTo((0.0, 12.5)));
        Assert.That(section.Checks.Where(c => c.Pending).Select(c => c.Name), Is.EqualTo(new[] { "answer 1", "answer 2", "answer 3", "answer 5", "answer 6" }));
    }

    [Test]
    public void Grade_CompileErrorInOneFile_ScoresZeroAndShowsTheErrorInTheStudentsFile()
    {
        var result = Graded("compile-error");
        Assert.That(result.Compilation.Succeeded, Is.False);
        Assert.That(result.Score, Is.Zero);
        var error = result.Compilation.Diagnostics.Single(d => d.Severity == "error");
        Assert.That(error.ToString(), Does.StartWith("Section13TensorGradientDescent.cs(59,27): error CS0266: Cannot implicitly convert type"));
        Assert.That(error.SourceLine, Does.Contain("double"));
        Assert.That(result.Sections.Select(s => s.FirstProblem), Is.All.Contains("does not compile"));
    }

    [Test]
    public void Grade_SectionThatThrows_IsAnErrorThatNamesTheLine()
    {
        var section = Graded("throws-in-section").Section("1.3");
        Assert.That(section.Status, Is.EqualTo(SectionStatus.Error));
        Assert.That(section.Score, Is.Zero);
        Assert.That(section.Error, Does.Contain("threw InvalidOperationException").And.Contain("Section13TensorGradientDescent.cs line 69"));
    }
}
