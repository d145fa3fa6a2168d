using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Running;

namespace Grading.Tests.Checks;

/// <summary>The values check on a hidden variant (<c>K.variant</c> against <see cref="IVariantReference"/>): right answers
/// pass on both, answers that do not follow the data fail in a student's words, and the variant's values are never shown.</summary>
public class ValuesCheckVariantTests
{
    private sealed class VariantReference : IReferenceValues, IVariantReference
    {
        public double[]? Value(string name) => name == "truth" ? [72.6, 2] : null;

        public IReferenceValues ForVariant(int seed) => new Other(seed);

        private sealed class Other(int seed) : IReferenceValues
        {
            public double[]? Value(string name) => name == "truth" ? [seed / 10.0, -1.25] : null;
        }
    }

    private static CheckOutcome Judge(Dictionary<string, double[]> values)
    {
        var spec = new CheckSpec { Kind = "values", Points = 6, Key = "fit", Tolerance = 0.05, ExpectedFrom = "truth" };
        var section = CheckHarness.Section(spec);
        var run = new SectionRun { SectionId = "5", Values = values };
        return new ValuesCheck().Evaluate(new CheckContext(CheckHarness.Assignment(section), section, spec, run, new VariantReference())).Single();
    }

    private static Dictionary<string, double[]> Answers(double[] variant) => new()
    {
        ["fit"] = [72.61, 2.01], ["fit.variant"] = variant, [SectionRun.VariantSeedKey] = [315],
    };

    [Test]
    public void Judge_RightOnBothData_Passes()
    {
        var outcome = Judge(Answers([31.52, -1.24]));
        Assert.That(outcome.Passed, Is.True, outcome.Message);
    }

    [Test]
    public void Judge_SameAnswerOnTheVariant_FailsAsTheSameWhateverTheData()
    {
        var outcome = Judge(Answers([72.61, 2.01]));
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("your answer is the same whatever the data"));
        Assert.That(outcome.Message, Does.Not.Contain("31.5"), "the variant's expected values stay hidden");
    }

    [Test]
    public void Judge_OtherWrongAnswerOnTheVariant_FailsSayingByHowMuchNotWhatWasExpected()
    {
        var outcome = Judge(Answers([30, -1.25]));
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("fit[0] is off by 1.5 (tolerance 0.05)"));
        Assert.That(outcome.Message, Does.Not.Contain("31.5"));
    }

    [Test]
    public void Judge_NoVariantSeed_JudgesTheRealDataAlone()
    {
        var values = Answers([0, 0]);
        values.Remove(SectionRun.VariantSeedKey);
        Assert.That(Judge(values).Passed, Is.True);
    }
}
