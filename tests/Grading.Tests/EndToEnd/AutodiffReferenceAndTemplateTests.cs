using Grading.Core.Results;
using Grading.Core.Running;
using Grading.Tests.Support;

namespace Grading.Tests.EndToEnd;

/// <summary>autodiff-warmup end to end: the reference gets full marks with margin, the template nothing.</summary>
public class AutodiffReferenceAndTemplateTests
{
    [Test]
    public void Grade_Reference_ScoresFullMarksInEverySection()
    {
        var result = AutodiffGrading.GradedReference;
        Assert.That(result.Compilation.Succeeded, Is.True, string.Join("\n", result.Compilation.Diagnostics));
        Assert.That(result.Sections.Select(s => s.Id), Is.EqualTo(new[] { "1", "2", "3", "4", "5", "6" }));
        Assert.That(result.Sections.SelectMany(s => s.Checks).Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
        Assert.That(result.Score, Is.EqualTo(100));
        Assert.That(result.MaxScore, Is.EqualTo(100));
        Assert.That(result.Reference, Is.Null, "autodiff-warmup's session gives no reference table");
    }

    [Test]
    public void Grade_Reference_MeetsTheToleranceWithMargin()
    {
        var values = AutodiffGrading.GradedReference.Section("6").Raw.Values!;
        Assert.That(values["valid.mse"][0], Is.LessThan(0.005 / 2), "validation MSE, limit 0.005");
        var linear = AutodiffGrading.GradedReference.Section("5").Checks.Single(c => c.Name == "linear.final").Compared!;
        Assert.That(linear.Select(v => Math.Abs(v.Submitted!.Value - v.Expected!.Value) / v.Tolerance!.Value), Is.All.LessThan(0.5));
        var cubic = AutodiffGrading.GradedReference.Section("4").Checks.Single(c => c.Name == "autograd.final").Compared!;
        Assert.That(cubic.Select(v => Math.Abs(v.Submitted!.Value - v.Expected!.Value)), Is.All.LessThan(0.05 / 2));
    }

    [Test]
    public void Grade_Reference_KeepsNamedValuesThatSurviveTheJsonRoundTrip()
    {
        var result = AutodiffGrading.GradedReference;
        var again = ResultJson.Deserialize(ResultJson.Serialize(result));
        var trajectory = again.Section("3").Raw.Values!["manual.trajectory"];
        Assert.That(trajectory, Has.Length.EqualTo(100));
        Assert.That(trajectory, Is.EqualTo(result.Section("3").Raw.Values!["manual.trajectory"]));
        Assert.That(again.Section("1").Checks[0].Compared, Has.Count.EqualTo(2));
    }

    [Test]
    public void Grade_Template_ScoresZeroAndSaysNotImplemented()
    {
        var result = AutodiffGrading.Grade(AutodiffGrading.Template);
        Assert.That(result.Compilation.Succeeded, Is.True, string.Join("\n", result.Compilation.Diagnostics));
        Assert.That(result.Score, Is.Zero);
        Assert.That(result.Sections.Select(s => s.Raw.Outcome), Is.All.EqualTo(RunOutcome.NotImplemented));
        Assert.That(result.Sections.Select(s => s.Error), Is.All.Contains("not implemented"));
    }
}
