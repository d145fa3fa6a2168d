using Grading.Core.Assignments;

namespace Grading.Tests.Assignments;

/// <summary>Top-level blocks a harness owns: handed over to it, kept by key, and its errors in the engine's format.</summary>
public class AssignmentSpecLoaderBlockTests
{
    private static readonly KeysBlockParser Budget = new("budget", "steps", "rate");

    [Test]
    public void Parse_HarnessBlock_IsParsedByItsParserAndKeptUnderItsKey()
    {
        var spec = SpecYaml.Parse(SpecYaml.Header + "budget: { steps: 30, rate: 0.1 }\n" + SpecYaml.OneSection, blocks: [Budget]);

        Assert.That(spec.Block<Dictionary<string, string>>("budget"), Is.EqualTo(new Dictionary<string, string> { ["steps"] = "30", ["rate"] = "0.1" }));
    }

    [Test]
    public void Parse_HarnessBlockAbsent_HasNoEntry()
    {
        var spec = SpecYaml.Parse(SpecYaml.Header + SpecYaml.OneSection, blocks: [Budget]);

        Assert.That(spec.Blocks, Is.Empty);
        Assert.That(spec.Block<Dictionary<string, string>>("budget"), Is.Null);
    }

    [Test]
    public void Parse_UnknownKeyInsideTheBlock_IsReportedWithFileLineFieldAndSuggestion()
    {
        var error = SpecYaml.Error(SpecYaml.Header + "budget: { steps: 30, rat: 0.1 }\n" + SpecYaml.OneSection, blocks: [Budget]);

        Assert.That(error.Message, Is.EqualTo("assignment.yml(5,22): error: budget: unknown field 'rat'; did you mean 'rate'?"));
        Assert.That(error.Field, Is.EqualTo("budget.rat"));
    }

    [Test]
    public void Parse_BlockThatIsNotAMapping_SaysAMappingIsExpected()
    {
        var error = SpecYaml.Error(SpecYaml.Header + "budget: 30\n" + SpecYaml.OneSection, blocks: [Budget]);

        Assert.That((error.Line, error.Field), Is.EqualTo((5, "budget")));
        Assert.That(error.Problem, Does.Contain("must be a mapping"));
    }

    [Test]
    public void Parse_BlockClaimingAnEngineField_IsAHarnessBug()
    {
        Assert.That(() => SpecYaml.Parse(SpecYaml.Header + SpecYaml.OneSection, blocks: [new KeysBlockParser("sections")]),
            Throws.InvalidOperationException.With.Message.Contains("claims 'sections'"));
    }
}
