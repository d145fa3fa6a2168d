using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Grading.Tests.Exporting.JUnit;

/// <summary>
/// The export read by the rules of the CI reporters that consume it, re-implemented minimally:
/// mikepenz/action-junit-report (src/testParser.ts at 305cd1f: resolveFileAndLine, lines 88-126, and its call in
/// parseTestCases, lines 483-489) for the file and line of an annotation, and weiwei/junitparser
/// (src/junitparser/junitparser.py at ab3451b: TestSuite.update_statistics, lines 611-630, TestCase.result,
/// lines 376-398) for the counts it checks a suite's attributes against.
/// </summary>
public class JUnitConsumerTests
{
    /// <summary>action-junit-report: the file is the case's, its failure's or its suite's <c>file</c> attribute, else
    /// the classname's last dot-separated part; the line is the <c>line</c> attribute, else the last
    /// <c> [^ ]*{file}.*?:\d+</c> in the failure's text, else 1.</summary>
    private static (string File, int Line) AnnotationPlace(XElement testcase)
    {
        var issue = testcase.Elements().FirstOrDefault(e => e.Name.LocalName is "failure" or "error");
        string? file = testcase.Attribute("file")?.Value ?? issue?.Attribute("file")?.Value ?? testcase.Parent!.Attribute("file")?.Value;
        string? line = testcase.Attribute("line")?.Value ?? issue?.Attribute("line")?.Value ?? testcase.Parent!.Attribute("line")?.Value;
        return Resolve(file, line, testcase.Attribute("classname")!.Value, (issue?.Value ?? "").Trim());
    }

    private static (string File, int Line) Resolve(string? file, string? line, string className, string stackTrace)
    {
        string fileName = file ?? className.Split('.')[^1];
        if (line is not null && int.TryParse(line, CultureInfo.InvariantCulture, out int given) && given != 0) return (fileName, given);
        var matches = Regex.Matches(stackTrace, " [^ ]*" + Regex.Escape(fileName).Replace("::", "/") + ".*?:\\d+");
        if (matches.Count == 0) return (fileName, 1);
        return (fileName, int.Parse(matches[^1].Value.Split(':')[^1], CultureInfo.InvariantCulture));
    }

    [Test]
    public void ActionJunitReport_FailedCases_AreAnnotatedWhereTheGraderFoundTheProblem()
    {
        var graded = JUnitExporterTests.Parse(JUnitSamples.Graded());
        var places = graded.Descendants("testcase").Where(c => c.HasElements && c.Element("skipped") is null)
            .ToDictionary(c => c.Attribute("name")!.Value, AnnotationPlace);
        Assert.That(places["1.2 rules"], Is.EqualTo(("S.cs", 3)));
        Assert.That(places["1.3 runs"], Is.EqualTo(("Sub/Section13.cs", 69)));
        // A failed check with no place of its own is annotated on its section's file, at line 1.
        Assert.That(places["1.3 rules"], Is.EqualTo(("Sub/Section13.cs", 1)));

        var broken = JUnitExporterTests.Parse(JUnitSamples.NotCompiled());
        var compiles = broken.Descendants("testcase").Single(c => c.Attribute("name")!.Value == "compiles");
        Assert.That(AnnotationPlace(compiles), Is.EqualTo(("A.cs", 12)));
    }

    [Test]
    public void ActionJunitReport_ClassnameWithoutAFile_KeepsTheWholeSectionName()
    {
        var mixed = JUnitExporterTests.Parse(ExportSamples.Mixed);
        var failed = mixed.Descendants("testcase").First(c => c.Element("failure") is not null);
        Assert.That(AnnotationPlace(failed).File, Is.EqualTo("section-1-2"));
        // The classname the export wrote before: the reporter cut it at the section id's dot.
        Assert.That(Resolve(null, null, "ps1-autograd.1.2", "").File, Is.EqualTo("2"));
    }

    [Test]
    public void Junitparser_SuiteCounts_MatchTheCountsItRecomputes()
    {
        foreach (var document in new[] { JUnitExporterTests.Parse(JUnitSamples.Graded()), JUnitExporterTests.Parse(JUnitSamples.NotCompiled()), JUnitExporterTests.Parse(ExportSamples.Mixed) })
        {
            foreach (var suite in document.Root!.Elements("testsuite"))
            {
                // TestCase.result: the failure, error and skipped elements anywhere under the case (Element.iter()).
                var results = suite.Elements("testcase").Select(c => c.Descendants().Select(e => e.Name.LocalName).Where(n => n is "failure" or "error" or "skipped").ToList()).ToList();
                Assert.That(results, Has.All.Count.LessThanOrEqualTo(1), "one outcome per case");
                Assert.That(Int(suite, "tests"), Is.EqualTo(results.Count));
                Assert.That(Int(suite, "failures"), Is.EqualTo(results.Count(r => r.Contains("failure"))));
                Assert.That(Int(suite, "errors"), Is.EqualTo(results.Count(r => r.Contains("error"))));
                Assert.That(Int(suite, "skipped"), Is.EqualTo(results.Count(r => r.Contains("skipped"))));
                // update_statistics' time: the sum of the cases' (FloatAttr: commas removed, then float()).
                double caseTime = suite.Elements("testcase").Sum(c => c.Attribute("time") is { } t ? double.Parse(t.Value.Replace(",", ""), CultureInfo.InvariantCulture) : 0);
                Assert.That(caseTime, Is.EqualTo(double.Parse(suite.Attribute("time")!.Value, CultureInfo.InvariantCulture)).Within(0.0015));
            }
        }
    }

    private static int Int(XElement element, string attribute) => int.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
