using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Grading;
using Grading.Tests.Support;

namespace Grading.Tests.Checks;

public class CheckRegistryTests
{
    [Test]
    public void ForAssignment_AutodiffWarmup_AddsTheHarnessKindsToTheEngines()
    {
        var registry = CheckRegistry.ForAssignment(RepositoryPaths.AutodiffSpec);
        Assert.That(registry.Kinds, Is.SupersetOf(new[] { "rules", "answers", "values", "gradient", "accumulation", "descent", "mlp-architecture" }));
        Assert.That(registry["descent"].GetType().Assembly.GetName().Name, Is.EqualTo("AutodiffWarmup.Grading"));
    }

    [Test]
    public void ForAssignment_Ps1_DoesNotKnowAnotherHarnesssKinds()
    {
        var registry = CheckRegistry.ForAssignment(RepositoryPaths.Ps1Spec);
        Assert.That(registry.Kinds, Does.Contain("gradient-step").And.Not.Contain("descent"));
        Assert.That(() => registry["descent"], Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("Unknown check kind 'descent'"));
    }

    [Test]
    public void Load_AutodiffKindInPs1Spec_IsRejectedWithTheKnownKinds()
    {
        using var folder = new TempFolder("registry-");
        string yaml = File.ReadAllText(RepositoryPaths.Ps1Spec).Replace("{ kind: weights, points: 10, tolerance: 0.0006 }", "{ kind: descent, points: 10, key: x }");
        string path = Path.Combine(folder.Path, "assignment.yml");
        File.WriteAllText(path, yaml);
        Assert.That(() => AssignmentLoader.Load(path),
            Throws.TypeOf<AssignmentSpecException>().With.Message.Contains("unknown check kind 'descent'"));
    }

    [Test]
    public void ForAssignment_Ps1_TheKindsComeFromItsHarnessNotTheEngine()
    {
        var registry = CheckRegistry.ForAssignment(RepositoryPaths.Ps1Spec);
        Assert.That(registry["gradient-step"].GetType().Assembly.GetName().Name, Is.EqualTo("Ps1Autograd.Grading"));
        Assert.That(CheckRegistry.Generic.Select(c => c.Kind), Is.EquivalentTo(new[] { "rules", "answers", "values" }));
    }

    [Test]
    public void Constructor_TwoChecksOfOneKind_Throws()
    {
        Assert.That(() => new CheckRegistry([new ValuesCheck(), new ValuesCheck()]),
            Throws.InvalidOperationException.With.Message.Contains("'values'"));
    }
}
