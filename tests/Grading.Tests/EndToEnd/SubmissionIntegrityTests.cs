using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.EndToEnd;

/// <summary>
/// The grader trusts nothing in a student's repository but the submission's own source: edited copies
/// of the contracts, an assignment.yml, a workflow or a tool manifest beside the code change no grade.
/// </summary>
public class SubmissionIntegrityTests
{
    private static GradingResult GradeReferenceWith(params (string File, string Text)[] extra)
    {
        using var folder = new TempFolder("ps1-integrity-");
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs")) File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        foreach (var (file, text) in extra) folder.Write(file, text);
        return Ps1Grading.Grade(folder.Path);
    }

    private static void AssertSameGrade(GradingResult actual, GradingResult expected)
    {
        Assert.That(actual.Score, Is.EqualTo(expected.Score));
        Assert.That(actual.MaxScore, Is.EqualTo(expected.MaxScore));
        Assert.That(actual.Sections.Select(s => (s.Id, s.Score, s.MaxScore, s.Status)), Is.EqualTo(expected.Sections.Select(s => (s.Id, s.Score, s.MaxScore, s.Status))));
    }

    [Test]
    public void Grade_WithAWidenedCopyOfAContract_GetsTheSameGradeAndAWarning()
    {
        var plain = Ps1Grading.Grade(Ps1Grading.Reference);
        // A copy of the contract that asks for less (no options) and more (a bonus member): compiled in, it
        // would shadow the grader's interface; the grader leaves it out and uses its own.
        var edited = GradeReferenceWith(("contracts/ISection12ArrayGradientDescent.cs", """
            using Grading.Contracts;
            namespace Ps1Autograd;
            public interface ISection12ArrayGradientDescent
            {
                TrainingRun Train(HousingData data, TrainingOptions options);
                double Bonus => 100;
            }
            """));
        AssertSameGrade(edited, plain);
        Assert.That(edited.Compilation.Files, Does.Not.Contain("contracts/ISection12ArrayGradientDescent.cs"));
        Assert.That(edited.Compilation.Diagnostics.Select(d => d.Id), Does.Contain("PROVIDED"));
    }

    [Test]
    public void Grade_WithAnAssignmentYamlWorkflowAndManifestGivingFullPoints_GetsTheSameGrade()
    {
        var wrong = Ps1Grading.GradeOverlay("gradient-sign-flipped");
        using var folder = new TempFolder("ps1-integrity-");
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs")) File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        foreach (string file in Directory.GetFiles(Ps1Grading.Fixture("gradient-sign-flipped"), "*.cs")) File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)), overwrite: true);
        // Every check worth nothing but one free point, a workflow that prints a perfect score, a tool manifest naming another grader.
        folder.Write("assignment.yml", "id: ps1-autograd\ntitle: free points\nsections: []\n");
        folder.Write("assignments/ps1-autograd/assignment.yml", "id: ps1-autograd\ntitle: free points\nsections: []\n");
        folder.Write(".github/workflows/classroom.yml", "on: push\njobs: { grade: { runs-on: ubuntu-latest, steps: [ { run: 'echo 100/100' } ] } }\n");
        folder.Write(".config/dotnet-tools.json", "{ \"version\": 1, \"isRoot\": true, \"tools\": { \"fake.grader\": { \"version\": \"9.9.9\", \"commands\": [\"grader\"] } } }");
        var forged = Ps1Grading.Grade(folder.Path);
        AssertSameGrade(forged, wrong);
        Assert.That(forged.Score, Is.LessThan(85), "the fixture loses points, so an unchanged grade is not a perfect one");
        Assert.That(forged.AssignmentTitle, Is.EqualTo(wrong.AssignmentTitle));
    }
}
