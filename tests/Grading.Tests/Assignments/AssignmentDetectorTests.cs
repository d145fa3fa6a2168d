using Grading.Core.Grading;
using Grading.Tests.Support;

namespace Grading.Tests.Assignments;

/// <summary>Which assignment a submission is for when nothing names it: the one whose contracts its code implements.</summary>
public class AssignmentDetectorTests
{
    private static readonly AssignmentCatalog Catalog = new(Path.Combine(RepositoryPaths.Root, "assignments"));

    [TestCaseSource(typeof(StudentTemplate), nameof(StudentTemplate.All))]
    public void Detect_Template_IsItsAssignment(StudentTemplate template)
    {
        Assert.That(AssignmentDetector.Detect(Catalog, template.Folder), Is.EqualTo(template.AssignmentId));
    }

    [TestCaseSource(typeof(StudentTemplate), nameof(StudentTemplate.All))]
    public void Detect_Reference_IsItsAssignment(StudentTemplate template)
    {
        Assert.That(AssignmentDetector.Detect(Catalog, template.Reference), Is.EqualTo(template.AssignmentId));
    }

    [Test]
    public void Detect_MentionOfAnotherAssignmentsContract_TheAssignmentMostNamedWins()
    {
        using var folder = CopyOf(StudentTemplate.Autodiff);
        folder.Write("Notes.cs", "// Unlike PS1's ISection11ClosedForm, nothing here is solved in closed form.\nnamespace Submission;\n");
        Assert.That(AssignmentDetector.Detect(Catalog, folder.Path), Is.EqualTo("autodiff-warmup"));
    }

    [Test]
    public void Detect_NoContractNamed_IsNull()
    {
        using var folder = new TempFolder("detect-");
        // A name that only contains a contract's name is not that name.
        folder.Write("Helper.cs", "namespace Submission;\npublic class MyISection1GradientsHelper { }\n");
        Assert.That(AssignmentDetector.Detect(Catalog, folder.Path), Is.Null);
    }

    [Test]
    public void Detect_NoSourceAtAll_IsNullAndLeavesTheMessageToGrading()
    {
        using var folder = new TempFolder("detect-");
        Assert.That(AssignmentDetector.Detect(Catalog, folder.Path), Is.Null);
        Assert.That(AssignmentDetector.Detect(Catalog, Path.Combine(folder.Path, "missing")), Is.Null);
    }

    [Test]
    public void Detect_AsManyContractsOfTwoAssignments_AsksForTheAssignment()
    {
        using var folder = new TempFolder("detect-");
        folder.Write("Mixed.cs", "namespace Submission;\n// ISection11ClosedForm ISection1Gradients\n");
        var error = Assert.Throws<GradingException>(() => AssignmentDetector.Detect(Catalog, folder.Path));
        Assert.That(error!.Message, Does.Contain("'autodiff-warmup'").And.Contain("'ps1-autograd'").And.Contain("--assignment"));
    }

    private static TempFolder CopyOf(StudentTemplate template)
    {
        var folder = new TempFolder("detect-");
        foreach (string file in Directory.GetFiles(template.Folder, "*.cs")) File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        return folder;
    }
}
