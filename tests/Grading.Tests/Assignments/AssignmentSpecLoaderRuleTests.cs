using NUnit.Framework;

namespace Grading.Tests.Assignments;

/// <summary>Entries of a section's <c>rules:</c> list: pattern keys, default bounds, refinements.</summary>
public sealed class AssignmentSpecLoaderRuleTests
{
    /// <summary>A section whose rules start at line 14 (after <see cref="SpecYaml.Header"/>).</summary>
    private const string SectionWithRules = """
        sections:
          - id: "1.4"
            title: Autograd
            points: 3
            driver: autograd-gradient-descent
            contract: Demo.IAutograd
            checks:
              - { kind: rules, points: 3 }
            rules:

        """;

    [Test]
    public void Parse_RuleKeys_SetDefaultBoundsAndMinMaxRefineThem()
    {
        var spec = SpecYaml.Parse(SpecYaml.Header + SectionWithRules + """
                  - forbid: TorchSharp.torch.linalg
                    message: no linalg
                  - require: TorchSharp.torch.Tensor.backward
                    message: call backward
                  - require: TorchSharp.torch.no_grad
                    max: 2
                    message: at most twice
                  - api: "TorchSharp.*(requires_grad)"
                    min: 1
                    max: 1
                    message: one tensor
            """);

        var rules = spec.Sections[0].Rules;
        Assert.That(rules.Select(r => (r.Api, r.Min, r.Max, r.SourceLine)), Is.EqualTo(new (string, int, int?, int)[]
        {
            ("TorchSharp.torch.linalg", 0, 0, 14),
            ("TorchSharp.torch.Tensor.backward", 1, null, 16),
            ("TorchSharp.torch.no_grad", 1, 2, 18),
            ("TorchSharp.*(requires_grad)", 1, 1, 21),
        }));
        Assert.That(rules[3].Message, Is.EqualTo("one tensor"));
    }

    [Test]
    public void Parse_RuleWithTwoPatternKeys_NamesBoth()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SectionWithRules + "      - { forbid: A, require: B, message: m }\n");

        Assert.That((error.Line, error.Column, error.Field), Is.EqualTo((14, 31, "sections[0].rules[0].require")));
        Assert.That(error.Problem, Is.EqualTo(
            "section '1.4', rule 1: a rule needs exactly one of 'forbid', 'require' or 'api'; found both 'forbid' and 'require'."));
    }

    [Test]
    public void Parse_RuleWithoutPatternKey_IsRejectedAtTheRule()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SectionWithRules + "      - { message: m, min: 1 }\n");

        Assert.That((error.Line, error.Column, error.Field), Is.EqualTo((14, 9, "sections[0].rules[0]")));
        Assert.That(error.Problem, Is.EqualTo(
            "section '1.4', rule 1: a rule needs exactly one of 'forbid', 'require' or 'api'; found none."));
    }

    [Test]
    public void Parse_RuleWithoutMessage_NamesTheMissingField()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SectionWithRules + "      - { forbid: A }\n      - { require: B }\n");

        Assert.That((error.Line, error.Field), Is.EqualTo((14, "sections[0].rules[0].message")));
        Assert.That(error.Problem, Is.EqualTo("section '1.4', rule 1: required field 'message' is missing."));
    }

    [Test]
    public void Parse_MinAboveMax_IsRejectedAtTheWrittenBound()
    {
        var forbidError = SpecYaml.Error(SpecYaml.Header + SectionWithRules + "      - { forbid: A, min: 1, message: m }\n");
        var apiError = SpecYaml.Error(SpecYaml.Header + SectionWithRules + "      - { api: A, min: 3, max: 2, message: m }\n");

        Assert.That((forbidError.Field, forbidError.Problem), Is.EqualTo(("sections[0].rules[0].min",
            "section '1.4', rule 1: 'min' (1) must not exceed 'max' (0, the default for 'forbid').")));
        Assert.That((apiError.Line, apiError.Column, apiError.Field), Is.EqualTo((14, 32, "sections[0].rules[0].max")));
        Assert.That(apiError.Problem, Is.EqualTo("section '1.4', rule 1: 'min' (3) must not exceed 'max' (2)."));
    }

    [Test]
    public void Parse_ApiRuleWithoutBounds_IsRejected()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SectionWithRules + "      - { api: A, message: m }\n");

        Assert.That((error.Line, error.Field), Is.EqualTo((14, "sections[0].rules[0]")));
        Assert.That(error.Problem, Does.EndWith("an 'api' rule needs 'min', 'max' or both; without them it can never fail."));
    }
}
