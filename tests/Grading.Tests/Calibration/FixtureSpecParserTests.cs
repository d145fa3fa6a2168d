using Grading.Core.Calibration;

namespace Grading.Tests.Calibration;

public class FixtureSpecParserTests
{
    private static FixtureSpec Parse(string readme) => FixtureSpecParser.Parse(readme, "fx/README.md", "/tmp/fixtures/fx");

    [Test]
    public void Parse_EveryField_ReadsThem()
    {
        var spec = Parse("""
            ---
            kind: mistake
            base: reference
            remove: [Section14AutogradGradientDescent.cs]
            expect:
              "1.3": 21
              1.5: 12.5
            failed_checks:
              "1.3": [rules]
            message: ["computes gradients by hand", "backward"]
            ---
            # fx
            """);
        Assert.That(spec.Name, Is.EqualTo("fx"));
        Assert.That(spec.Kind, Is.EqualTo(FixtureKind.Mistake));
        Assert.That(spec.Base, Is.EqualTo(FixtureBase.Reference));
        Assert.That(spec.Remove, Is.EqualTo(new[] { "Section14AutogradGradientDescent.cs" }));
        Assert.That(spec.Expect, Is.EquivalentTo(new Dictionary<string, double> { ["1.3"] = 21, ["1.5"] = 12.5 }));
        Assert.That(spec.FailedChecks["1.3"], Is.EqualTo(new[] { "rules" }));
        Assert.That(spec.Message, Is.EqualTo(new[] { "computes gradients by hand", "backward" }));
        Assert.That(spec.ListedSections, Is.EqualTo(new[] { "1.3", "1.5" }));
    }

    [Test]
    public void Parse_CorrectWithOnlyKind_DefaultsToTheReferenceAndNoExpectations()
    {
        var spec = Parse("---\r\nkind: correct\r\n---\r\n# fx\r\n");
        Assert.That((spec.Kind, spec.Base, spec.Expect.Count, spec.FailedChecks.Count, spec.Message.Count, spec.Remove.Count),
            Is.EqualTo((FixtureKind.Correct, FixtureBase.Reference, 0, 0, 0, 0)));
    }

    [Test]
    public void Parse_OneMessageAsText_IsAListOfOne()
    {
        Assert.That(Parse("---\nkind: mistake\nmessage: the factor 2\n---\n").Message, Is.EqualTo(new[] { "the factor 2" }));
    }

    [TestCase("# fx\nno front matter\n", "fx/README.md:1: the README does not start with front matter")]
    [TestCase("---\nkind: correct\n# never closed\n", "fx/README.md:1: the front matter is not closed")]
    [TestCase("---\nbase: none\n---\n", "fx/README.md:2: the front matter has no 'kind'")]
    [TestCase("---\nkind: right\n---\n", "fx/README.md:2: kind 'right' is neither 'correct' nor 'mistake'")]
    [TestCase("---\nkind: correct\nbase: template\n---\n", "fx/README.md:3: base 'template' is neither")]
    [TestCase("---\nkind: correct\nexpcet:\n  \"1.3\": 21\n---\n", "fx/README.md:3: unknown field 'expcet'")]
    [TestCase("---\nkind: mistake\nexpect:\n  \"1.3\": twenty\n---\n", "fx/README.md:4: expect \"1.3\": the points must be a number")]
    [TestCase("---\nkind: mistake\nexpect: [21]\n---\n", "fx/README.md:3: 'expect' must map section ids")]
    [TestCase("---\nkind: mistake\nbase: none\nremove: [a.cs]\n---\n", "fx/README.md:4: 'remove' needs base: reference")]
    [TestCase("---\nkind: mistake\nmessage: [\"a\", [b]]\n---\n", "fx/README.md:3: every item of 'message' must be non-empty text")]
    [TestCase("---\nkind: [correct\n---\n", "fx/README.md:3: the front matter is not valid YAML")]
    public void Parse_BadFrontMatter_NamesTheFileAndLine(string readme, string message)
    {
        var error = Assert.Throws<FixtureSpecException>(() => Parse(readme))!;
        Assert.That(error.Message, Does.StartWith(message));
    }

    [Test]
    public void ReadFolder_WithoutReadme_SaysEveryFixtureNeedsOne()
    {
        var folder = Directory.CreateTempSubdirectory("fixture-");
        try
        {
            var error = Assert.Throws<FixtureSpecException>(() => FixtureSpecParser.ReadFolder(folder.FullName))!;
            Assert.That(error.Message, Does.Contain("README.md: missing"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
