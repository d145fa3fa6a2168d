using Grading.Core.Bounds;
using Grading.Core.Running;

namespace Grading.Tests.Bounds;

public class RunBoundaryTests
{
    private static readonly RunBounds Small = new() { ValueLength = 100, TextChars = 200, AnswerChars = 300, RunJsonBytes = 1_000_000 };

    private static SectionRun Run(double[]? values = null, string? error = null, string? note = null, List<string>? answers = null) => new()
    {
        SectionId = "1.2",
        Error = error,
        Values = values is null ? null : new Dictionary<string, double[]> { ["training.loss_history"] = values },
        Notes = note is null ? null : new Dictionary<string, string> { ["probe.error"] = note },
        Answers = answers,
    };

    [Test]
    public void Apply_LongValue_KeepsItsHeadAndTheTrueLength()
    {
        var run = RunBoundary.Apply(Run(Enumerable.Range(0, 1000).Select(i => (double)i).ToArray()), Small);
        Assert.That(run.Values!["training.loss_history"], Is.EqualTo(Enumerable.Range(0, 100).Select(i => (double)i)));
        Assert.That(run.LengthOf("training.loss_history"), Is.EqualTo(1000));
        Assert.That(run.Cuts!.Single().Note, Is.EqualTo("the value 'training.loss_history' had 1,000 values; the first 100 were kept"));
    }

    [Test]
    public void Apply_LongTexts_KeepStartAndEndWithinTheirLimits()
    {
        string huge = "start" + new string('x', 10_000_000) + "end";
        var run = RunBoundary.Apply(Run(error: huge, note: huge, answers: ["short", huge]), Small);
        Assert.That(run.Error, Does.StartWith("start").And.EndWith("end").And.Contain("characters cut"));
        Assert.That(run.Error!.Length, Is.LessThanOrEqualTo(200));
        Assert.That(run.Notes!["probe.error"].Length, Is.LessThanOrEqualTo(200));
        Assert.That(run.Answers, Has.Count.EqualTo(2));
        Assert.That(run.Answers![0], Is.EqualTo("short"));
        Assert.That(run.Answers[1].Length, Is.LessThanOrEqualTo(300));
        Assert.That(run.Cuts!.Select(c => (c.Field, c.Key, c.Length)), Is.EquivalentTo(new (string, string?, long)[]
        {
            ("error", null, 10_000_008), ("notes", "probe.error", 10_000_008), ("answers", "2", 10_000_008),
        }));
    }

    [Test]
    public void Apply_Twice_ChangesNothingMore()
    {
        var once = RunBoundary.Apply(Run(new double[1000], error: new string('e', 5000), answers: [new string('a', 5000)]), Small);
        var twice = RunBoundary.Apply(once, Small);
        Assert.That(twice.Error, Is.EqualTo(once.Error));
        Assert.That(twice.Answers, Is.EqualTo(once.Answers));
        Assert.That(twice.Values!["training.loss_history"], Has.Length.EqualTo(100));
        Assert.That(twice.Cuts, Is.EqualTo(once.Cuts));
    }

    [Test]
    public void Apply_ManyFieldsAtTheirLimits_HalvesTheLargestUntilTheRunFits()
    {
        var bounds = Small with { ValueLength = 10_000, RunJsonBytes = 100_000 };
        var run = RunBoundary.Apply(Run(new double[10_000], answers: [new string('a', 300)]), bounds);
        Assert.That(run.Values!["training.loss_history"].Length * 25L, Is.LessThanOrEqualTo(100_000));
        Assert.That(run.LengthOf("training.loss_history"), Is.EqualTo(10_000));
        Assert.That(run.Answers![0], Has.Length.EqualTo(300), "the small answer is not what is cut");
    }

    [Test]
    public void LimitValue_HarnessKnowsTheLength_NamesItAndKeepsTheTrueCount()
    {
        var run = RunBoundary.LimitValue(Run(new double[50_000]), "training.loss_history", 20_000, "the loss history");
        Assert.That(run.Values!["training.loss_history"], Has.Length.EqualTo(20_000));
        Assert.That(run.Cuts!.Single().Note, Is.EqualTo("the loss history had 50,000 values; the first 20,000 were kept"));
        Assert.That(RunBoundary.Apply(run, RunBounds.Default).Cuts!.Single().Note, Is.EqualTo(run.Cuts!.Single().Note));
    }

    [Test]
    public void Apply_TruncatedOutput_IsNotedWithItsTrueLength()
    {
        var run = RunBoundary.Apply(Run() with { Output = new CapturedOutput("head…tail", 1_000_000) }, Small);
        Assert.That(run.Cuts!.Single().Note, Is.EqualTo("the output had 1,000,009 characters; 9 were kept (its start and end)"));
    }
}
