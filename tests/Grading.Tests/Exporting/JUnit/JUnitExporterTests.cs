using System.Xml.Linq;
using Grading.Core.Exporting.JUnit;
using Grading.Core.Results;

namespace Grading.Tests.Exporting.JUnit;

/// <summary>JUnit XML as CI reporters read it: the same suites and cases whatever the outcome, counts that add up,
/// places where the grader knows them, and valid XML whatever the student wrote.</summary>
public class JUnitExporterTests
{
    internal static XDocument Parse(GradingResult result) => XDocument.Parse(ExportSamples.Export(new JUnitExporter(), result));

    private static int Count(XElement element, string attribute) => int.Parse(element.Attribute(attribute)!.Value, System.Globalization.CultureInfo.InvariantCulture);

    private static XElement Case(XDocument document, string name) => document.Descendants("testcase").Single(c => c.Attribute("name")!.Value == name);

    private static string[] Identities(XDocument document) =>
        document.Descendants("testcase").Select(c => c.Attribute("classname")!.Value + " | " + c.Attribute("name")!.Value).ToArray();

    [Test]
    public void Export_Structure_IsACompilationSuiteThenASuitePerSectionOfRunsAndOneCasePerCheck()
    {
        var root = Parse(ExportSamples.Mixed).Root!;
        Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
        var suites = root.Elements("testsuite").ToList();
        Assert.That(suites.Select(s => s.Attribute("name")!.Value), Is.EqualTo(new[] { "compilation", "1.1 Section 1.1", "1.2 Section 1.2", "1.3 Section 1.3", "1.5 Section 1.5" }));
        var partial = suites[2];
        Assert.That(partial.Elements("testcase").Select(c => c.Attribute("name")!.Value), Is.EqualTo(new[] { "1.2 runs", "1.2 weights", "1.2 rules" }));
        Assert.That(partial.Elements("testcase").Select(c => c.Attribute("classname")!.Value), Has.All.EqualTo("ps1-autograd.section-1-2"));
        var failure = partial.Elements("testcase").Last().Element("failure")!;
        Assert.That(failure.Attribute("message")!.Value, Is.EqualTo("0/7.5 points: the factor 2 of d/dw (ŷ − y)² is missing from the gradient."));
        Assert.That(failure.Attribute("type")!.Value, Is.EqualTo("rules"));
        Assert.That(partial.Elements("testcase").First().HasElements, Is.False, "a passed case has no child");
        var points = partial.Element("properties")!.Elements("property").ToDictionary(p => p.Attribute("name")!.Value, p => p.Attribute("value")!.Value);
        Assert.That(points, Does.ContainKey("score").WithValue("22.5").And.ContainKey("points: 1.2 weights").WithValue("22.5/22.5").And.ContainKey("points: 1.2 rules").WithValue("0/7.5"));
        Assert.That(suites[4].Descendants("skipped").Single().Attribute("message")!.Value, Does.StartWith("0/15 points, 15 waiting for a TA's grade"), "pending answers are skipped, not failed");
    }

    [Test]
    public void Export_NamesAndClassnames_AreTheSameWhenNothingCompiles()
    {
        var graded = Parse(JUnitSamples.Graded());
        var broken = Parse(JUnitSamples.NotCompiled());
        Assert.That(Identities(broken), Is.EqualTo(Identities(graded)));
        Assert.That(Identities(graded), Has.None.Match(@"\(\d"), "no points in a name");
        Assert.That(Case(graded, "1.5 answers").Element("skipped"), Is.Not.Null);
        Assert.That(Case(broken, "1.5 answers").Element("failure"), Is.Not.Null);
        Assert.That(Case(graded, "compiles").HasElements, Is.False);
        Assert.That(Case(broken, "compiles").Element("failure")!.Attribute("message")!.Value, Is.EqualTo("The submission does not compile (2 errors):"));
        // The scorer's outcomes differ (three answers, or one "answers"); grouped by check, the cases do not.
        Assert.That(JUnitSamples.Graded().Sections[2].Checks.Select(c => c.Name), Is.Not.EqualTo(JUnitSamples.NotCompiled().Sections[2].Checks.Select(c => c.Name)));
    }

    [Test]
    public void Export_KnownPlaces_EndTheTextAndNameTheSuiteFile()
    {
        var graded = Parse(JUnitSamples.Graded());
        Assert.That(Case(graded, "1.2 rules").Element("failure")!.Value, Does.EndWith("\nat S.cs:3:5"), "the broken rule's place");
        Assert.That(Case(graded, "1.3 runs").Element("error")!.Value, Does.EndWith("\nat Sub/Section13.cs:69"), "where the exception left the submission");
        Assert.That(graded.Root!.Elements("testsuite").Select(s => s.Attribute("file")?.Value), Is.EqualTo(new[] { null, "S.cs", "Sub/Section13.cs", null }));
        var broken = Parse(JUnitSamples.NotCompiled());
        Assert.That(Case(broken, "compiles").Element("failure")!.Value, Does.EndWith("\nat A.cs:12:5\nat Sub/B.cs:7:9"), "each compiler error, not the warning");
        Assert.That(broken.Root!.Elements("testsuite").First().Attribute("file")!.Value, Is.EqualTo("A.cs"));
        Assert.That(broken.Root!.Elements("testsuite").First().Element("system-out")!.Value, Does.Contain("warning CS0168"));
    }

    [Test]
    public void Export_Counts_AddUpInEverySuiteAndAtTheTop()
    {
        var root = Parse(ExportSamples.WithError).Root!;
        foreach (var suite in root.Elements("testsuite"))
        {
            var cases = suite.Elements("testcase").ToList();
            Assert.That(Count(suite, "tests"), Is.EqualTo(cases.Count));
            Assert.That(Count(suite, "failures"), Is.EqualTo(cases.Count(c => c.Element("failure") is not null)));
            Assert.That(Count(suite, "errors"), Is.EqualTo(cases.Count(c => c.Element("error") is not null)));
            Assert.That(Count(suite, "skipped"), Is.EqualTo(cases.Count(c => c.Element("skipped") is not null)));
        }
        Assert.That(Count(root, "tests"), Is.EqualTo(root.Descendants("testcase").Count()));
        Assert.That(Count(root, "errors"), Is.EqualTo(1));
        Assert.That(root.Attribute("skipped"), Is.Null, "junit-10.xsd has no skipped on testsuites");
        Assert.That(root.Descendants("error").Single().Attribute("message")!.Value, Is.EqualTo("1.4 Train threw InvalidOperationException: boom"));
    }

    [Test]
    public void Export_HostileText_IsEscapedValidXmlWithControlCharactersReplaced()
    {
        string xml = ExportSamples.Export(new JUnitExporter(), ExportSamples.WithHostileText());
        var document = XDocument.Parse(xml); // throws on invalid XML: ]]>, control characters
        Assert.That(document.Descendants("script"), Is.Empty);
        Assert.That(xml, Does.Not.Contain("<script"));
        Assert.That(xml, Does.Contain("&lt;script&gt;"));
        // Ordinal: a culture-aware search ignores control characters and would find them anywhere.
        Assert.That(xml.IndexOfAny(['\u0001', '\u001b']), Is.EqualTo(-1));
        Assert.That(xml, Does.StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
        var suite = document.Root!.Elements("testsuite").ElementAt(1);
        Assert.That(suite.Attribute("name")!.Value, Is.EqualTo("1.2 " + ExportSamples.Hostile.Replace('\u0001', '\uFFFD').Replace('\u001b', '\uFFFD')));
        Assert.That(suite.Element("system-out")!.Value, Does.Contain("]]>"));
    }
}
