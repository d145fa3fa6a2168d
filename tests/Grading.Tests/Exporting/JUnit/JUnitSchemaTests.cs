using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Grading.Core.Exporting.JUnit;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting.JUnit;

/// <summary>The junit export against Jenkins xunit-plugin's junit-10.xsd (Schemas/junit-10.xsd), the schema the
/// xUnit plugin validates a report with before reading it, and that pytest's default junit family conforms to.</summary>
public class JUnitSchemaTests
{
    private static readonly Lazy<XmlSchemaSet> Schema = new(() =>
    {
        var set = new XmlSchemaSet();
        set.Add(null, Path.Combine(RepositoryPaths.Root, "tests", "Grading.Tests", "Exporting", "Schemas", "junit-10.xsd"));
        set.Compile();
        return set;
    });

    private static List<string> Problems(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schema.Value };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read()) { }
        return problems;
    }

    private static IEnumerable<TestCaseData> Results()
    {
        yield return new TestCaseData(ExportSamples.Mixed).SetArgDisplayNames("mixed");
        yield return new TestCaseData(ExportSamples.WithError).SetArgDisplayNames("error");
        yield return new TestCaseData(ExportSamples.WithHostileText()).SetArgDisplayNames("hostile");
        yield return new TestCaseData(JUnitSamples.Graded()).SetArgDisplayNames("graded");
        yield return new TestCaseData(JUnitSamples.NotCompiled()).SetArgDisplayNames("not compiled");
    }

    [TestCaseSource(nameof(Results))]
    public void Export_Result_IsValidAgainstJunit10Xsd(GradingResult result)
    {
        Assert.That(Problems(ExportSamples.Export(new JUnitExporter(), result)), Is.Empty);
    }

    [Test]
    public void Schema_RejectsWhatTheExportLeavesOut()
    {
        string xml = ExportSamples.Export(new JUnitExporter(), JUnitSamples.Graded());
        Assert.That(Problems(xml), Is.Empty);
        var document = XDocument.Parse(xml);
        document.Root!.SetAttributeValue("skipped", "1"); // what the export wrote before
        Assert.That(Problems(document.ToString()), Has.Some.Contains("'skipped' attribute is not declared"));

        document = XDocument.Parse(xml);
        document.Descendants("testcase").First().SetAttributeValue("line", "12"); // pytest's xunit1 family; not in the schema
        Assert.That(Problems(document.ToString()), Has.Some.Contains("'line' attribute is not declared"));

        document = XDocument.Parse(xml);
        document.Root!.Elements("testsuite").Last().SetAttributeValue("time", "1e-3");
        Assert.That(Problems(document.ToString()), Has.Some.Contains("'time'"));
    }
}
