using System.Xml.Linq;
using Grading.Core.Exporting.JUnit;
using Grading.Core.Results;

namespace Grading.Tests.Exporting;

/// <summary>JUnit XML as CI reporters read it: suites per section, cases per check, and valid XML whatever the student wrote.</summary>
public class JUnitExporterTests
{
    private static XDocument Parse(GradingResult result) => XDocument.Parse(ExportSamples.Export(new JUnitExporter(), result));

    private static int Count(XElement element, string attribute) => int.Parse(element.Attribute(attribute)!.Value, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Export_Structure_IsTestsuitesOfSuitesPerSectionOfCasesPerCheck()
    {
        var root = Parse(ExportSamples.Mixed).Root!;
        Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
        var suites = root.Elements("testsuite").ToList();
        Assert.That(suites.Select(s => s.Attribute("name")!.Value), Is.EqualTo(new[] { "1.1 Section 1.1", "1.2 Section 1.2", "1.3 Section 1.3", "1.5 Section 1.5" }));
        var partial = suites[1];
        Assert.That(partial.Elements("testcase").Select(c => c.Attribute("name")!.Value), Is.EqualTo(new[] { "1.2 weights (22.5/22.5)", "1.2 rules (0/7.5)" }));
        Assert.That(partial.Elements("testcase").Select(c => c.Attribute("classname")!.Value), Has.All.EqualTo("ps1-autograd.1.2"));
        var failure = partial.Elements("testcase").Last().Element("failure")!;
        Assert.That(failure.Attribute("message")!.Value, Does.StartWith("the factor 2"));
        Assert.That(partial.Elements("testcase").First().HasElements, Is.False, "a passed check has no child");
        Assert.That(suites[3].Descendants("skipped").Count(), Is.EqualTo(1), "pending answers are skipped, not failed");
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
        }
        Assert.That(Count(root, "tests"), Is.EqualTo(root.Descendants("testcase").Count()));
        Assert.That(Count(root, "errors"), Is.EqualTo(1));
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
        string title = document.Root!.Elements("testsuite").First().Attribute("name")!.Value;
        Assert.That(title, Is.EqualTo("1.2 " + ExportSamples.Hostile.Replace('\u0001', '\uFFFD').Replace('\u001b', '\uFFFD')));
        Assert.That(document.Root!.Elements("testsuite").First().Element("system-out")!.Value, Does.Contain("]]>"));
    }
}
