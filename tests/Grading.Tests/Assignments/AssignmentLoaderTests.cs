using Grading.Core.Assignments;
using Grading.Core.Grading;
using Grading.Tests.Support;

namespace Grading.Tests.Assignments;

/// <summary>The one loader: the harness named in the file decides which check kinds and blocks the file may use.</summary>
public class AssignmentLoaderTests
{
    [Test]
    public void Load_EachAssignment_ComesWithItsHarnessAndItsKinds()
    {
        var ps1 = AssignmentLoader.Load(RepositoryPaths.Ps1Spec);
        var autodiff = AssignmentLoader.Load(RepositoryPaths.AutodiffSpec);

        Assert.That(ps1.Harness.GetType().Name, Is.EqualTo("Ps1Harness"));
        Assert.That(ps1.Spec.Blocks.Keys, Is.EquivalentTo(new[] { "data", "training" }));
        Assert.That(autodiff.Harness.GetType().Name, Is.EqualTo("AutodiffHarness"));
        Assert.That(autodiff.Spec.Blocks, Is.Empty);
        Assert.That(autodiff.Checks.Kinds, Does.Contain("descent").And.Not.Contain("gradient-step"));
    }

    [Test]
    public void Load_HarnessNotInstalled_SaysWhichAssembly()
    {
        using var folder = new TempFolder("loader-");
        string path = folder.Write("assignment.yml", File.ReadAllText(RepositoryPaths.AutodiffSpec).Replace("harness: AutodiffWarmup.Grading", "harness: Nowhere.Grading"));

        Assert.That(() => AssignmentLoader.Load(path), Throws.TypeOf<GradingException>().With.Message.Contains("'Nowhere.Grading' is not installed"));
    }

    [Test]
    public void Block_OfAnotherType_IsAHarnessBugSaidPlainly()
    {
        var spec = new AssignmentSpec
        {
            Id = "demo", Title = "Demo", Harness = "h", Directory = ".", Sections = [],
            Blocks = new Dictionary<string, object> { ["training"] = "not a budget" },
        };

        Assert.That(() => spec.Block<Uri>("training"), Throws.InvalidOperationException.With.Message.Contains("'training' block of demo is a String, not a Uri"));
        Assert.That(spec.Block<Uri>("data"), Is.Null);
    }
}
