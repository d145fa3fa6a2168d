using System.Globalization;
using Grading.Core.Assignments;
using NUnit.Framework;

namespace Grading.Tests.Assignments;

/// <summary>Missing fields, wrongly typed values and unknown keys.</summary>
public sealed class AssignmentSpecLoaderFieldTests
{
    [Test]
    public void Parse_ValidSpec_UsesGivenDirectoryAndDefaults()
    {
        var spec = SpecYaml.Parse(SpecYaml.Header + SpecYaml.OneSection);

        Assert.That(spec.Directory, Is.EqualTo(SpecYaml.Directory));
        Assert.That(spec.Blocks, Is.Empty);
        Assert.That(spec.Sections[0].TimeLimitSeconds, Is.EqualTo(60));
        Assert.That(spec.Sections[0].SourceLine, Is.EqualTo(6));
        Assert.That(spec.Sections[0].Checks[0].SourceLine, Is.EqualTo(12));
        Assert.That(spec.Sections[0].Checks[0].Tolerance, Is.EqualTo(0.001));
    }

    [Test]
    public void Parse_MissingRequiredField_NamesFieldAtLineOfItsMapping()
    {
        var error = SpecYaml.Error(SpecYaml.Header + """
            sections:
              - id: "1.1"
                title: First
                driver: closed-form
                contract: Demo.IFirst
                checks:
                  - { kind: weights, points: 10 }
            """);

        Assert.That((error.Line, error.Column), Is.EqualTo((6, 5)));
        Assert.That(error.Field, Is.EqualTo("sections[0].points"));
        Assert.That(error.Problem, Is.EqualTo("section '1.1': required field 'points' is missing."));
    }

    [Test]
    public void Parse_TextWhereNumberExpected_FormatsLikeACompiler()
    {
        var error = SpecYaml.Error(SpecYaml.Header + """
            sections:
              - id: "1.2"
                title: Second
                points: 30
                driver: array-gradient-descent
                contract: Demo.ISecond
                checks:
                  - { kind: weights, points: 10 }
                  - kind: epochs
                    points: thirty
            """);

        Assert.That(error.Field, Is.EqualTo("sections[0].checks[1].points"));
        Assert.That(error.Message, Is.EqualTo(
            "assignment.yml(14,17): error: section '1.2', check 2: field 'points' must be a number, found 'thirty'."));
    }

    [Test]
    public void Parse_QuotedNumber_IsRejectedAsText()
    {
        var error = SpecYaml.Error(SpecYaml.Header + "seed: \"2025\"\n" + SpecYaml.OneSection);

        Assert.That((error.Line, error.Field), Is.EqualTo((5, "seed")));
        Assert.That(error.Problem, Is.EqualTo("field 'seed' must be a whole number, found quoted text '2025'."));
    }

    [Test]
    public void Parse_UnderGermanCulture_ReadsNumbersInvariantly()
    {
        const string sections = """
            sections:
              - id: "1.1"
                title: First
                points: 2.5
                driver: closed-form
                contract: Demo.IFirst
                checks:
                  - kind: weights
                    points: 2.5
                    tolerance: 0.001
            """;
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var spec = SpecYaml.Parse(SpecYaml.Header + sections);
            Assert.That(spec.Sections[0].Points, Is.EqualTo(2.5));
            Assert.That(spec.Sections[0].Checks[0].Tolerance, Is.EqualTo(0.001));

            var error = SpecYaml.Error(SpecYaml.Header + sections.Replace("0.001", "0,001"));
            Assert.That((error.Line, error.Field), Is.EqualTo((14, "sections[0].checks[0].tolerance")));
            Assert.That(error.Problem, Does.EndWith("field 'tolerance' must be a number, found '0,001'."));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void Parse_MisspelledKey_SuggestsTheKnownOne()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection.Replace("tolerance:", "tolerence:"));

        Assert.That((error.Line, error.Column), Is.EqualTo((12, 38)));
        Assert.That(error.Field, Is.EqualTo("sections[0].checks[0].tolerence"));
        Assert.That(error.Problem, Is.EqualTo("section '1.1', check 1: unknown field 'tolerence'; did you mean 'tolerance'?"));
    }

    [Test]
    public void Parse_UnknownKeyFarFromAll_ListsTheKnownFields()
    {
        var error = SpecYaml.Error(SpecYaml.Header + "deadline: tomorrow\n" + SpecYaml.OneSection);

        Assert.That((error.Line, error.Column, error.Field), Is.EqualTo((5, 1, "deadline")));
        Assert.That(error.Problem, Is.EqualTo(
            "unknown field 'deadline'; known fields are 'id', 'title', 'harness', 'seed', 'sections', 'policy', 'policy_defaults'."));
    }

    [Test]
    public void Parse_HarnessBlockWithoutItsHarness_IsAnUnknownField()
    {
        // 'training' is PS1's block: without PS1's vocabulary the engine knows no such field.
        var error = SpecYaml.Error(SpecYaml.Header + "training: { epochs: 10, log_every: 1 }\n" + SpecYaml.OneSection);

        Assert.That((error.Line, error.Column, error.Field), Is.EqualTo((5, 1, "training")));
        Assert.That(error.Problem, Does.StartWith("unknown field 'training'"));
    }
}
