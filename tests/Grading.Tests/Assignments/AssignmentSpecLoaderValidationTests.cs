using NUnit.Framework;

namespace Grading.Tests.Assignments;

/// <summary>Well-formed YAML whose values do not make sense together.</summary>
public sealed class AssignmentSpecLoaderValidationTests
{
    private static readonly string[] KnownKinds = ["weights", "epochs"];

    [Test]
    public void Parse_DuplicateSectionId_NamesTheFirstSectionsLine()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection + """
              - id: "1.1"
                title: Again
                points: 0
                driver: closed-form
                contract: Demo.IAgain
                checks:
                  - { kind: weights, points: 0 }
            """);

        Assert.That((error.Line, error.Column, error.Field), Is.EqualTo((13, 9, "sections[1].id")));
        Assert.That(error.Problem, Is.EqualTo(
            "section '1.1': section id '1.1' is already used by the section at line 6; ids must be unique."));
    }

    [Test]
    public void Parse_NegativeCheckPoints_IsRejected()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection.Replace("points: 10,", "points: -1,"));

        Assert.That((error.Line, error.Column, error.Field), Is.EqualTo((12, 34, "sections[0].checks[0].points")));
        Assert.That(error.Problem, Is.EqualTo("section '1.1', check 1: field 'points' must be 0 or more, found -1."));
    }

    [Test]
    public void Parse_CheckPointsNotAddingUp_SaysBothSums()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection.Replace(
            "- { kind: weights, points: 10, tolerance: 0.001 }",
            "- { kind: weights, points: 6.5, tolerance: 0.001 }\n      - { kind: epochs, points: 2.5 }"));

        Assert.That((error.Line, error.Column, error.Field), Is.EqualTo((8, 13, "sections[0].points")));
        Assert.That(error.Problem, Is.EqualTo(
            "section '1.1': the checks' points add up to 9, but the section's points are 10; they must be equal."));
    }

    [Test]
    public void Parse_ZeroTolerance_MustBePositive()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection.Replace("tolerance: 0.001", "tolerance: 0"));

        Assert.That((error.Line, error.Field), Is.EqualTo((12, "sections[0].checks[0].tolerance")));
        Assert.That(error.Problem, Is.EqualTo("section '1.1', check 1: field 'tolerance' must be greater than 0, found 0."));
    }

    [Test]
    public void Parse_ZeroTimeLimit_MustBePositive()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection.Replace("    points: 10\n", "    points: 10\n    time_limit_s: 0\n"));

        Assert.That((error.Line, error.Column, error.Field), Is.EqualTo((9, 19, "sections[0].time_limit_s")));
        Assert.That(error.Problem, Is.EqualTo("section '1.1': field 'time_limit_s' must be greater than 0, found 0."));
    }

    [Test]
    public void Parse_UnknownCheckKind_ListsKnownKindsOnlyWhenGiven()
    {
        var yaml = SpecYaml.Header + SpecYaml.OneSection.Replace("kind: weights", "kind: weigths");

        Assert.That(() => SpecYaml.Parse(yaml), Throws.Nothing);
        var error = SpecYaml.Error(yaml, KnownKinds);
        Assert.That((error.Line, error.Column, error.Field), Is.EqualTo((12, 17, "sections[0].checks[0].kind")));
        Assert.That(error.Problem, Is.EqualTo(
            "section '1.1', check 1: unknown check kind 'weigths'; known kinds are 'epochs', 'weights'. Did you mean 'weights'?"));
    }

    [Test]
    public void Parse_AnswersCheckWithoutQuestions_IsRejected()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection.Replace(", tolerance: 0.001", "").Replace("weights", "answers"));

        Assert.That((error.Line, error.Column, error.Field), Is.EqualTo((6, 5, "sections[0].questions")));
        Assert.That(error.Problem, Is.EqualTo(
            "section '1.1': a section with an 'answers' check must list at least one question under 'questions'."));
    }

    [Test]
    public void Parse_RulesCheckWithoutRules_IsRejected()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection.Replace(", tolerance: 0.001", "").Replace("weights", "rules"));

        Assert.That((error.Line, error.Column, error.Field), Is.EqualTo((6, 5, "sections[0].rules")));
        Assert.That(error.Problem, Is.EqualTo("section '1.1': a section with a 'rules' check must list at least one rule under 'rules'."));
    }
}
