using NUnit.Framework;

namespace Grading.Tests.Assignments;

/// <summary>The top-level <c>policy:</c> list (rules and <c>allow:</c> entries) and <c>policy_defaults</c>, and the rules' <c>except</c> list.</summary>
public sealed class AssignmentSpecLoaderPolicyTests
{
    [Test]
    public void Parse_NoPolicy_IsEmptyWithDefaultsOn()
    {
        var spec = SpecYaml.Parse(SpecYaml.Header + SpecYaml.OneSection);

        Assert.That(spec.Policy, Is.Empty);
        Assert.That(spec.PolicyDefaults, Is.True);
    }

    [Test]
    public void Parse_PolicyEntries_ReadLikeRulesWithTheirLines()
    {
        var spec = SpecYaml.Parse(SpecYaml.Header + SpecYaml.OneSection + """
            policy_defaults: false
            policy:
              - forbid: System.Math.Pow
                message: multiply instead
              - api: System.Console.WriteLine
                max: 10
                message: print less
              - forbid: System.Reflection
                except: [System.Reflection.MemberInfo.Name]
                message: no reflection
            """);

        Assert.That(spec.PolicyDefaults, Is.False);
        Assert.That(spec.Policy.Select(r => (r.Api, r.Min, r.Max, r.SourceLine, r.Message)), Is.EqualTo(new (string, int, int?, int, string)[]
        {
            ("System.Math.Pow", 0, 0, 15, "multiply instead"),
            ("System.Console.WriteLine", 0, 10, 17, "print less"),
            ("System.Reflection", 0, 0, 20, "no reflection"),
        }));
        Assert.That(spec.Policy[2].Except, Is.EqualTo(new[] { "System.Reflection.MemberInfo.Name" }));
    }

    [Test]
    public void Parse_PolicyEntryWithoutMessage_NamesItsLineAndField()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection + """
            policy:
              - forbid: System.IO.File
                message: no files
              - forbid: System.Net
            """);

        Assert.That((error.Line, error.Column, error.Field), Is.EqualTo((16, 5, "policy[1].message")));
        Assert.That(error.Message, Does.StartWith("assignment.yml(16,5): error: policy entry 2: required field 'message' is missing."));
    }

    [Test]
    public void Parse_PolicyEntryWithMinAboveMax_NamesTheBound()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection + "policy:\n  - { forbid: System.Net, min: 1, message: m }\n");

        Assert.That((error.Line, error.Field), Is.EqualTo((14, "policy[0].min")));
        Assert.That(error.Problem, Is.EqualTo("policy entry 1: 'min' (1) must not exceed 'max' (0, the default for 'forbid')."));
    }

    [Test]
    public void Parse_PolicyEntryWithUnknownKey_SuggestsTheRightOne()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection + "policy:\n  - { forbid: System.Net, mesage: m }\n");

        Assert.That((error.Line, error.Field), Is.EqualTo((14, "policy[0].mesage")));
        Assert.That(error.Problem, Does.Contain("unknown field 'mesage'; did you mean 'message'?"));
    }

    [Test]
    public void Parse_PolicyNotAList_IsAnError()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection + "policy: System.IO.File\n");

        Assert.That((error.Line, error.Field), Is.EqualTo((13, "policy")));
    }

    [Test]
    public void Parse_PolicyDefaultsNotAFlag_IsAnError()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection + "policy_defaults: sometimes\n");

        Assert.That((error.Line, error.Field), Is.EqualTo((13, "policy_defaults")));
    }

    [Test]
    public void Parse_EmptyExceptPattern_IsAnError()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection + "policy:\n  - { forbid: System.Net, except: [\"\"], message: m }\n");

        Assert.That((error.Line, error.Field), Is.EqualTo((14, "policy[0].except")));
        Assert.That(error.Problem, Is.EqualTo("policy entry 1: field 'except' must not list an empty pattern."));
    }

    [Test]
    public void Parse_PolicyAllowEntries_AreAllowedPatternsBesideTheRules()
    {
        var spec = SpecYaml.Parse(SpecYaml.Header + SpecYaml.OneSection + """
            policy:
              - allow: System.Xml.Linq
              - forbid: System.Random
                message: use the seeded generator you are given
              - { allow: "System.Text.Json.JsonSerializer.Serialize" }
            """);

        Assert.That(spec.PolicyAllowed, Is.EqualTo(new[] { "System.Xml.Linq", "System.Text.Json.JsonSerializer.Serialize" }));
        Assert.That(spec.Policy.Select(r => r.Api), Is.EqualTo(new[] { "System.Random" }));
    }

    [Test]
    public void Parse_AllowEntryWithAMessage_IsAnUnknownField()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection + "policy:\n  - { allow: System.Xml, message: m }\n");

        Assert.That((error.Line, error.Field), Is.EqualTo((14, "policy[0].message")));
        Assert.That(error.Problem, Does.Contain("unknown field 'message'"));
    }

    [Test]
    public void Parse_AllowEntryWithMalformedPattern_NamesTheField()
    {
        var error = SpecYaml.Error(SpecYaml.Header + SpecYaml.OneSection + "policy:\n  - { allow: System..Xml }\n");

        Assert.That((error.Line, error.Field), Is.EqualTo((14, "policy[0].allow")));
        Assert.That(error.Problem, Does.Contain("empty name segment"));
    }
}
