using Grading.Core.Bulk;
using Grading.Core.Running;
using Grading.Tests.Support;

namespace Grading.Tests.Bulk;

/// <summary>The assignment's content key in two halves: what changes a run, and what only changes the scoring.</summary>
public class AssignmentKeysTests
{
    private const string Harness = "Ps1Autograd.Grading";
    // 1.1's points: the section's and its weights check's, which must add up.
    private const string SectionPoints = "    title: Calculating the weights analytically\n    points: 15\n";
    private const string WeightsCheck = "      - { kind: weights, points: 10, tolerance: 0.0006 }\n";
    private TempFolder _folder = null!;
    private AssignmentCopy _copy = null!;

    [SetUp]
    public void Copy()
    {
        _folder = new TempFolder("assignment-keys-");
        _copy = AssignmentCopy.Of("ps1-autograd", _folder.Path);
    }

    [TearDown]
    public void Clean() => _folder.Dispose();

    private AssignmentKeys Keys() => ContentHash.Assignment(_copy.SpecPath, Harness, new GradingOptions());

    [Test]
    public void Assignment_PointsAndTolerancesChanged_KeepsTheRunKeyAndChangesTheScoringKey()
    {
        var before = Keys();
        _copy.Edit(SectionPoints, SectionPoints.Replace("15", "14"));
        _copy.Edit(WeightsCheck, "      - { kind: weights, points: 9, tolerance: 0.0007 }\n");
        var after = Keys();
        Assert.That(after.Run, Is.EqualTo(before.Run));
        Assert.That(after.Scoring, Is.Not.EqualTo(before.Scoring));
    }

    [Test]
    public void Assignment_CommentOnly_KeepsTheRunKey()
    {
        var before = Keys();
        File.AppendAllText(_copy.SpecPath, "# a note for the TAs\n");
        Assert.That(Keys().Run, Is.EqualTo(before.Run));
    }

    [TestCase("    time_limit_s: 30\n", "    time_limit_s: 31\n")]
    [TestCase("  epochs: 5000 ", "  epochs: 4000 ")]
    [TestCase("      - { kind: rules, points: 5 }\n", "")]
    [TestCase("seed: 2025", "seed: 2026")]
    public void Assignment_WhatARunDependsOnChanged_ChangesTheRunKey(string from, string to)
    {
        var before = Keys();
        _copy.Edit(from, to);
        Assert.That(Keys().Run, Is.Not.EqualTo(before.Run));
    }

    [Test]
    public void Assignment_DataFileChanged_ChangesTheRunKey()
    {
        var before = Keys();
        string data = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(_copy.SpecPath)!, "data")).First();
        File.AppendAllText(data, "\n");
        Assert.That(Keys().Run, Is.Not.EqualTo(before.Run));
    }

    [Test]
    public void Assignment_OptionsChanged_ChangesTheRunKey()
    {
        Assert.That(ContentHash.Assignment(_copy.SpecPath, Harness, new GradingOptions { TimeLimitFactor = 2 }).Run, Is.Not.EqualTo(Keys().Run));
    }
}
