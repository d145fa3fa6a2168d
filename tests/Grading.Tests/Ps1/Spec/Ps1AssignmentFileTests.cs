using Grading.Core.Assignments;
using Grading.Core.Grading;
using NUnit.Framework;
using Ps1Autograd.Grading.Spec;

namespace Grading.Tests.Ps1.Spec;

/// <summary>The spec the course actually ships must load, with the values the notebook implies.</summary>
public sealed class Ps1AssignmentFileTests
{
    private static readonly string[] UsedCheckKinds =
        ["weights", "epochs", "loss-history", "gradient-step", "learning-rate", "printed-log", "rules", "answers"];

    private static string Ps1SpecPath()
    {
        // Tests run from bin/...; walk up to the solution so the path does not depend on the build layout.
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Grading.sln")))
                return Path.Combine(folder.FullName, "assignments", "ps1-autograd", "assignment.yml");
        }
        throw new InvalidOperationException("Grading.sln not found above the test directory.");
    }

    [Test]
    public void Load_Ps1Spec_YieldsFiveSectionsWorth100()
    {
        var spec = AssignmentLoader.Load(Ps1SpecPath()).Spec;

        Assert.That(spec.Id, Is.EqualTo("ps1-autograd"));
        Assert.That(spec.Sections.Select(s => s.Id), Is.EqualTo(new[] { "1.1", "1.2", "1.3", "1.4", "1.5" }));
        Assert.That(spec.Sections.Select(s => s.Points), Is.EqualTo(new[] { 15.0, 30, 25, 15, 15 }));
        Assert.That(spec.MaxScore, Is.EqualTo(100));
        Assert.That(spec.Seed, Is.EqualTo(2025));
    }

    [Test]
    public void Load_Ps1Spec_ReadsTrainingDataAndDirectory()
    {
        var path = Ps1SpecPath();

        var spec = AssignmentLoader.Load(path).Spec;

        var training = Ps1Blocks.TrainingOf(spec);
        Assert.That(training.Epochs, Is.EqualTo(5000));
        Assert.That(training.LogEvery, Is.EqualTo(1000));
        Assert.That(training.ProbeEpochs, Is.EqualTo(10));
        var data = Ps1Blocks.DataOf(spec);
        Assert.That(data.Standardize, Is.EqualTo(Standardization.Sample));
        Assert.That(data.Intercept, Is.True);
        Assert.That(data.Drop, Is.EqualTo(new[] { "longitude", "latitude" }));
        Assert.That(spec.Directory, Is.EqualTo(Path.GetDirectoryName(path)));
        Assert.That(spec.Sections[2].UsesTensors, Is.True);
        Assert.That(spec.Sections[4].Questions, Has.Count.EqualTo(6));
    }

    [Test]
    public void Load_Ps1Spec_RuleBoundsFollowTheirKeys()
    {
        var spec = AssignmentLoader.Load(Ps1SpecPath()).Spec;

        var requiresGrad = spec.Sections[3].Rules.Single(r => r.Api == "TorchSharp.*(requires_grad)");
        Assert.That((requiresGrad.Min, requiresGrad.Max), Is.EqualTo((1, (int?)1)));
        Assert.That(requiresGrad.SourceLine, Is.GreaterThan(0));
        var forbidTorch = spec.Sections[0].Rules.Single(r => r.Api == "TorchSharp");
        Assert.That((forbidTorch.Min, forbidTorch.Max), Is.EqualTo((0, (int?)0)));
        var requireMathNet = spec.Sections[0].Rules.Single(r => r.Api == "MathNet.Numerics.LinearAlgebra");
        Assert.That((requireMathNet.Min, requireMathNet.Max), Is.EqualTo((1, (int?)null)));
    }

    [Test]
    public void Load_Ps1Spec_ItsHarnessProvidesEveryKindItUses()
    {
        var (spec, _, checks) = AssignmentLoader.Load(Ps1SpecPath());

        var kinds = spec.Sections.SelectMany(s => s.Checks).Select(c => c.Kind).Distinct();
        Assert.That(kinds, Is.EquivalentTo(UsedCheckKinds));
        Assert.That(checks.Kinds, Is.SupersetOf(UsedCheckKinds));
    }

    [Test]
    public void Load_Ps1SpecWithoutItsHarness_RejectsItsBlocksAsUnknown()
    {
        // The engine alone owns neither 'data' nor 'training': they are PS1's.
        var error = Assert.Throws<AssignmentSpecException>(() => AssignmentSpecLoader.Load(Ps1SpecPath()))!;

        Assert.That(error.Problem, Does.StartWith("unknown field 'data'"));
    }

    [Test]
    public void Load_MissingFile_ReportsLineZeroAndSaysSo()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "no-such-folder", "assignment.yml");

        var error = Assert.Throws<AssignmentSpecException>(() => AssignmentSpecLoader.Load(path))!;

        Assert.That(error.Line, Is.EqualTo(0));
        Assert.That(error.File, Is.EqualTo(path));
        Assert.That(error.Message, Does.StartWith($"{path}: error: the file does not exist"));
    }
}
