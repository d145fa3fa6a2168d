using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Running;

namespace Grading.Tests.Checks;

public class ValuesCheckTests
{
    private sealed class NamedReference(Dictionary<string, double[]> values) : IReferenceValues
    {
        public double[]? Value(string name) => values.GetValueOrDefault(name);
    }

    private static CheckOutcome Judge(CheckSpec spec, Dictionary<string, double[]>? values)
    {
        var section = CheckHarness.Section(spec);
        var run = new SectionRun { SectionId = "1.2", Values = values };
        var reference = new NamedReference(new() { ["truth"] = [72.6, 2] });
        return new ValuesCheck().Evaluate(new CheckContext(CheckHarness.Assignment(section), section, spec, run, reference)).Single();
    }

    private static CheckSpec Spec(double? tolerance = null, double? relative = null, double[]? expected = null, string? from = "truth", double? maximum = null) =>
        new() { Kind = "values", Points = 6, Key = "fit", Tolerance = tolerance, RelativeTolerance = relative, Expected = expected, ExpectedFrom = expected is null ? from : null, Maximum = maximum };

    [Test]
    public void Judge_ValuesWithinToleranceOfTheReference_PassesWithATableOfComparedValues()
    {
        var outcome = Judge(Spec(tolerance: 0.05, relative: 0.01), new() { ["fit"] = [72.49, 2.006] });
        Assert.That(outcome.Passed, Is.True, outcome.Message);
        Assert.That(outcome.Name, Is.EqualTo("fit"));
        Assert.That(outcome.Compared!.Select(v => (v.Name, v.Ok)), Is.EqualTo(new[] { ("fit[0]", true), ("fit[1]", true) }));
        Assert.That(outcome.Compared![0].Tolerance, Is.EqualTo(0.05 + 0.726).Within(1e-9));
    }

    [Test]
    public void Judge_OneValueOff_FailsNamingTheValueTheExpectedAndTheDifference()
    {
        var outcome = Judge(Spec(tolerance: 0.05, relative: 0.01), new() { ["fit"] = [72.49, -0.29] });
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Points, Is.Zero);
        Assert.That(outcome.Message, Is.EqualTo("fit[1] = -0.29, expected 2: off by -2.29 (tolerance 0.07)."));
        Assert.That(outcome.Compared!.Select(v => v.Ok), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void Judge_NaN_FailsRatherThanPassingEveryComparison()
    {
        var outcome = Judge(Spec(tolerance: 1, expected: [1]), new() { ["fit"] = [double.NaN] });
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("fit = NaN, expected 1"));
    }

    [Test]
    public void Judge_WrongLengthOrMissingValue_FailsSayingWhat()
    {
        Assert.That(Judge(Spec(tolerance: 1), new() { ["fit"] = [1, 2, 3] }).Message, Is.EqualTo("'fit' has 3 values, expected 2."));
        Assert.That(Judge(Spec(tolerance: 1), null).Message, Is.EqualTo("no value 'fit' was recorded."));
    }

    [Test]
    public void Judge_Maximum_PassesAtOrBelowAndFailsAbove()
    {
        Assert.That(Judge(Spec(maximum: 0.005), new() { ["fit"] = [0.0009] }).Passed, Is.True);
        var above = Judge(Spec(maximum: 0.005), new() { ["fit"] = [0.0955] });
        Assert.That(above.Passed, Is.False);
        Assert.That(above.Message, Is.EqualTo("fit = 0.0955, above the limit 0.005."));
    }
}
