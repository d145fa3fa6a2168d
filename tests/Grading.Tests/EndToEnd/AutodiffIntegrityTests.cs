using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.EndToEnd;

/// <summary>
/// As <see cref="SubmissionIntegrityTests"/> for PS1: an autodiff-warmup repository's copy of the contracts (its
/// template now gets them from a package, but a student can still add a file) changes no grade. Section 6 is left
/// out of both gradings (it would only add its training time; its file is not involved).
/// </summary>
public class AutodiffIntegrityTests
{
    private static GradingResult GradeReferenceWith(params (string File, string Text)[] extra)
    {
        using var folder = new TempFolder("autodiff-integrity-");
        foreach (string file in Directory.GetFiles(AutodiffGrading.Reference, "*.cs").Where(f => Path.GetFileName(f) != AutodiffGrading.MlpFile))
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        foreach (var (file, text) in extra) folder.Write(file, text);
        return AutodiffGrading.Grade(folder.Path);
    }

    [Test]
    public void Grade_WithAWidenedCopyOfAContract_GetsTheSameGradeAndAWarning()
    {
        var plain = GradeReferenceWith();
        // Asks for less (no SinSquareGradient) and offers a bonus: compiled in, it would shadow the grader's interface.
        var edited = GradeReferenceWith(("contracts/ISection1Gradients.cs", """
            namespace AutodiffWarmup;
            public interface ISection1Gradients
            {
                double[] CubicGradient(double a, double b);
                double Bonus => 100;
            }
            """));

        Assert.That(plain.Score, Is.EqualTo(80), "every section but 6 (20 points) passes");
        Assert.That((edited.Score, edited.MaxScore), Is.EqualTo((plain.Score, plain.MaxScore)));
        Assert.That(edited.Sections.Select(s => (s.Id, s.Score, s.Status)), Is.EqualTo(plain.Sections.Select(s => (s.Id, s.Score, s.Status))));
        Assert.That(edited.Compilation.Files, Does.Not.Contain("contracts/ISection1Gradients.cs"));
        Assert.That(edited.Compilation.Diagnostics.Select(d => d.Id), Does.Contain("PROVIDED"));
    }
}
