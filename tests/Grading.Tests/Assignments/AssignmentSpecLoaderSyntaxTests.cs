using NUnit.Framework;

namespace Grading.Tests.Assignments;

/// <summary>Problems with the YAML itself, before any field is read.</summary>
public sealed class AssignmentSpecLoaderSyntaxTests
{
    [Test]
    public void Parse_BadIndentation_ReportsYamlDotNetPosition()
    {
        var error = SpecYaml.Error(SpecYaml.Header + """
            sections:
              - id: "1.1"
                title: First
               points: 10
            """);

        Assert.That((error.Line, error.Column), Is.EqualTo((8, 4)));
        Assert.That(error.Field, Is.Null);
        Assert.That(error.InnerException, Is.InstanceOf<YamlDotNet.Core.YamlException>());
        Assert.That(error.Message, Does.StartWith("assignment.yml(8,4): error: invalid YAML: "));
    }

    [Test]
    public void Parse_UnclosedQuote_ReportsWhereTheQuoteOpened()
    {
        var error = SpecYaml.Error("""
            id: demo
            title: "Demo
            harness: Demo.Grading
            """);

        Assert.That((error.Line, error.Column), Is.EqualTo((2, 8)));
        Assert.That(error.Message, Does.Contain("invalid YAML").And.Contain("quoted scalar"));
    }

    [Test]
    public void Parse_UnclosedFlowSequenceBeforeMoreFields_IsAnInvalidYamlErrorNotACrash()
    {
        // YamlDotNet's scanner throws InvalidOperationException here, not YamlException: it must not escape as a crash.
        var error = SpecYaml.Error("id: demo\ntitle: Demo\nseed: [2025\n\ndata:\n  file: data.csv\n  target: y\n");

        Assert.That(error.Message, Does.StartWith("assignment.yml(").And.Contain("error: invalid YAML"));
        Assert.That(error.Line, Is.GreaterThanOrEqualTo(3), error.Message);
    }

    [Test]
    public void Parse_DuplicateKey_IsReportedAtTheSecondKey()
    {
        var error = SpecYaml.Error("id: demo\ntitle: Demo\nid: again\n");

        Assert.That((error.Line, error.Column), Is.EqualTo((3, 1)));
        Assert.That(error.Message, Does.Contain("Duplicate key id"));
    }

    [Test]
    public void Parse_EmptyFile_SaysItIsEmpty()
    {
        var error = SpecYaml.Error("# only a comment\n");

        Assert.That((error.Line, error.Column), Is.EqualTo((1, 1)));
        Assert.That(error.Message, Is.EqualTo(
            "assignment.yml(1,1): error: the file is empty; expected a mapping with fields such as 'id', 'title', 'harness' and 'sections'."));
    }

    [Test]
    public void Parse_RootIsAList_SaysAMappingIsExpected()
    {
        var error = SpecYaml.Error("\n- id: demo\n- title: Demo\n");

        Assert.That((error.Line, error.Column), Is.EqualTo((2, 1)));
        Assert.That(error.Problem, Does.StartWith("the top level must be a mapping").And.EndWith("found a list."));
    }
}
