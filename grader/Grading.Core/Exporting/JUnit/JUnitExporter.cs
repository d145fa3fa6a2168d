using System.Globalization;
using System.Text;
using System.Xml;
using Grading.Core.Results;

namespace Grading.Core.Exporting.JUnit;

/// <summary>
/// <c>--format junit</c>: JUnit XML valid against Jenkins' <c>junit-10.xsd</c> (xunit-plugin), which CI test
/// reporters read: a <c>compilation</c> suite, then a suite per section with the same cases whatever the outcome
/// (<see cref="JUnitCases"/>). Where the grader knows the place (a compiler error, a broken rule, the line an
/// exception left the submission), the failure's text ends with <c>at File.cs:line:column</c> and the suite's
/// <c>file</c> names the first: the schema allows no <c>file</c> or <c>line</c> on a <c>testcase</c>. Student text
/// is written through XmlWriter (escaped), after characters XML 1.0 cannot hold are replaced.
/// </summary>
public sealed class JUnitExporter : IResultExporter
{
    public string Format => "junit";

    public void Export(GradingResult result, TextWriter writer)
    {
        // Through bytes: on a TextWriter the declaration would name the writer's encoding (UTF-16 for a
        // StringWriter), while the file is written as UTF-8.
        using var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
            WriteDocument(xml, result);
        writer.Write(Encoding.UTF8.GetString(bytes.ToArray()));
    }

    private static void WriteDocument(XmlWriter xml, GradingResult result)
    {
        var suites = JUnitCases.Suites(result).ToList();
        var cases = suites.SelectMany(s => s.Cases).ToList();
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", Clean($"{result.Assignment} — {result.Student}"));
        // junit-10.xsd gives testsuites no skipped attribute (its suites have one).
        WriteCounts(xml, cases, withSkipped: false);
        xml.WriteAttributeString("time", Seconds(result.Timing.TotalMs / 1000));
        foreach (var suite in suites) WriteSuite(xml, result, suite);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteSuite(XmlWriter xml, GradingResult result, JUnitSuite suite)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", Clean(suite.Name));
        WriteCounts(xml, suite.Cases, withSkipped: true);
        xml.WriteAttributeString("time", Seconds(suite.Seconds));
        xml.WriteAttributeString("timestamp", result.GradedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        if (suite.File is { } file) xml.WriteAttributeString("file", Clean(file));
        if (suite.Properties.Count > 0)
        {
            xml.WriteStartElement("properties");
            foreach (var (name, value) in suite.Properties)
            {
                xml.WriteStartElement("property");
                xml.WriteAttributeString("name", Clean(name));
                xml.WriteAttributeString("value", Clean(value));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        foreach (var @case in suite.Cases) WriteCase(xml, suite, @case);
        if (suite.Output is not null) xml.WriteElementString("system-out", Clean(suite.Output));
        if (suite.Errors is not null) xml.WriteElementString("system-err", Clean(suite.Errors));
        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, JUnitSuite suite, JUnitCase @case)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", Clean(@case.Name));
        xml.WriteAttributeString("classname", Clean(suite.ClassName));
        if (@case.Seconds is { } seconds) xml.WriteAttributeString("time", Seconds(seconds));
        if (@case.Outcome is { } outcome)
        {
            xml.WriteStartElement(outcome);
            if (@case.Type is { } type) xml.WriteAttributeString("type", Clean(type));
            xml.WriteAttributeString("message", Clean(@case.Message.Split('\n')[0]));
            xml.WriteString(Clean(@case.Text));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<JUnitCase> cases, bool withSkipped)
    {
        xml.WriteAttributeString("tests", cases.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", cases.Count(c => c.Outcome == "failure").ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", cases.Count(c => c.Outcome == "error").ToString(CultureInfo.InvariantCulture));
        if (withSkipped) xml.WriteAttributeString("skipped", cases.Count(c => c.Outcome == "skipped").ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>junit-10.xsd's SUREFIRE_TIME: digits, a point, at most three decimals (no sign, no exponent).</summary>
    private static string Seconds(double seconds) =>
        (double.IsFinite(seconds) && seconds > 0 ? seconds : 0).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>XML 1.0 cannot carry most control characters (even escaped): show them as U+FFFD instead.</summary>
    internal static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { builder.Append(c).Append(text[++i]); continue; }
            builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
        }
        return builder.ToString();
    }
}
