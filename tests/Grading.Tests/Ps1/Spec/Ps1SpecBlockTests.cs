using Grading.Tests.Assignments;
using Ps1Autograd.Grading.Spec;

namespace Grading.Tests.Ps1.Spec;

/// <summary>PS1's own blocks of assignment.yml, read by its harness with the engine's error quality
/// (file, line, column, field path, suggestions).</summary>
public sealed class Ps1SpecBlockTests
{
    [Test]
    public void Parse_Ps1Blocks_AreReadByTheHarnessAndKeptByKey()
    {
        var spec = Ps1SpecYaml.Parse(SpecYaml.Header + "data: { file: d.csv, target: y }\ntraining: { epochs: 10, log_every: 5 }\n" + SpecYaml.OneSection);

        var data = spec.Block<DataSpec>(Ps1Blocks.Data)!;
        Assert.That((data.File, data.Target, data.Standardize, data.Intercept), Is.EqualTo(("d.csv", "y", Standardization.None, false)));
        Assert.That(Ps1Blocks.TrainingOf(spec).Epochs, Is.EqualTo(10));
        Assert.That(Ps1Blocks.TrainingOf(spec).ProbeEpochs, Is.EqualTo(3), "the default probe");
    }

    [Test]
    public void TrainingOf_SpecWithoutTheBlock_SaysWhichBlockIsMissing()
    {
        var spec = Ps1SpecYaml.Parse(SpecYaml.Header + SpecYaml.OneSection);

        Assert.That(() => Ps1Blocks.TrainingOf(spec), Throws.InvalidOperationException.With.Message.Contains("no 'training' block"));
        Assert.That(() => Ps1Blocks.DataOf(spec), Throws.InstanceOf<Grading.Core.Data.DataException>().With.Message.Contains("'data' block"));
    }

    [Test]
    public void Parse_MisspelledKeyInsideABlock_SuggestsTheBlocksOwnKey()
    {
        var error = Ps1SpecYaml.Error(SpecYaml.Header + "training: { epochs: 10, log_evry: 5 }\n" + SpecYaml.OneSection);

        Assert.That((error.Line, error.Field), Is.EqualTo((5, "training.log_evry")));
        Assert.That(error.Problem, Is.EqualTo("training: unknown field 'log_evry'; did you mean 'log_every'?"));
    }

    [Test]
    public void Parse_UnknownTopLevelKey_ListsTheHarnessBlocksAmongTheKnownFields()
    {
        var error = Ps1SpecYaml.Error(SpecYaml.Header + "deadline: tomorrow\n" + SpecYaml.OneSection);

        Assert.That(error.Problem, Is.EqualTo(
            "unknown field 'deadline'; known fields are 'id', 'title', 'harness', 'seed', 'sections', 'policy', 'policy_defaults', 'data', 'training'."));
    }

    [Test]
    public void Parse_FractionalEpochs_RequiresAWholeNumber()
    {
        var error = Ps1SpecYaml.Error(SpecYaml.Header + "training: { epochs: 2.5, log_every: 1 }\n" + SpecYaml.OneSection);

        Assert.That((error.Line, error.Column), Is.EqualTo((5, 21)));
        Assert.That(error.Field, Is.EqualTo("training.epochs"));
        Assert.That(error.Problem, Is.EqualTo("training: field 'epochs' must be a whole number, found '2.5'."));
    }

    [Test]
    public void Parse_TextWhereFlagExpected_SaysTrueOrFalse()
    {
        var error = Ps1SpecYaml.Error("""
            id: demo
            title: Demo
            harness: Demo.Grading
            data:
              file: data.csv
              target: y
              intercept: yes
            """);

        Assert.That((error.Line, error.Field), Is.EqualTo((7, "data.intercept")));
        Assert.That(error.Problem, Is.EqualTo("data: field 'intercept' must be true or false, found 'yes'."));
    }

    [Test]
    public void Parse_ScalarWhereListExpected_SaysAListIsExpected()
    {
        var error = Ps1SpecYaml.Error("id: demo\ntitle: Demo\nharness: H\ndata: { file: d.csv, target: y, drop: longitude }\n");

        Assert.That((error.Line, error.Field), Is.EqualTo((4, "data.drop")));
        Assert.That(error.Problem, Is.EqualTo("data: field 'drop' must be a list of text, found 'longitude'."));
    }

    [Test]
    public void Parse_UnknownStandardization_ListsChoicesAndSuggests()
    {
        var error = Ps1SpecYaml.Error("id: demo\ntitle: Demo\nharness: H\ndata: { file: d.csv, target: y, standardize: sampel }\n");

        Assert.That((error.Line, error.Field), Is.EqualTo((4, "data.standardize")));
        Assert.That(error.Problem, Is.EqualTo(
            "data: field 'standardize' must be one of 'none', 'sample', 'population', found 'sampel'; did you mean 'sample'?"));
    }

    [Test]
    public void Parse_ProbeEpochsNotBelowEpochs_IsRejected()
    {
        var error = Ps1SpecYaml.Error(SpecYaml.Header + "training: { epochs: 3, log_every: 1, probe_epochs: 3 }\n" + SpecYaml.OneSection);

        Assert.That((error.Line, error.Column, error.Field), Is.EqualTo((5, 52, "training.probe_epochs")));
        Assert.That(error.Problem, Is.EqualTo("training: field 'probe_epochs' must be less than 'epochs' (3), found 3."));
    }

    [Test]
    public void Parse_EpochsNotAboveDefaultProbe_BlamesEpochs()
    {
        var error = Ps1SpecYaml.Error(SpecYaml.Header + "training: { epochs: 2, log_every: 1 }\n" + SpecYaml.OneSection);

        Assert.That((error.Line, error.Field), Is.EqualTo((5, "training.epochs")));
        Assert.That(error.Problem, Is.EqualTo("training: field 'epochs' must be greater than 'probe_epochs' (3, the default), found 2."));
    }

    [Test]
    public void Parse_ZeroLogEvery_MustBePositive()
    {
        var error = Ps1SpecYaml.Error(SpecYaml.Header + "training: { epochs: 10, log_every: 0 }\n" + SpecYaml.OneSection);

        Assert.That((error.Line, error.Field), Is.EqualTo((5, "training.log_every")));
        Assert.That(error.Problem, Is.EqualTo("training: field 'log_every' must be greater than 0, found 0."));
    }
}
