using System.Globalization;
using System.Text;
using System.Xml;
using Grading.Core.Results;

namespace Grading.Core.Exporting.JUnit;

/// <summary>
/// <c>--format junit</c>: JUnit XML as CI test reporters read it: one <c>testsuite</c> per section, one
/// <c>testcase</c> per check (a <c>failure</c> when it lost points, <c>skipped</c> while a TA grades it),
/// and an <c>error</c> case when the section could not run. Student text is written through XmlWriter
/// (escaped), after characters XML 1.0 cannot hold are replaced.
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
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", Clean($"{result.Assignment} — {result.Student}"));
        WriteCounts(xml, result.Sections.SelectMany(Cases).ToList(), result.Timing.SectionsMs);
        foreach (var section in result.Sections) WriteSuite(xml, result, section);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteSuite(XmlWriter xml, GradingResult result, SectionResult section)
    {
        var cases = Cases(section).ToList();
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", Clean(SectionVerdicts.Name(section)));
        WriteCounts(xml, cases, section.DurationMs);
        xml.WriteAttributeString("timestamp", result.GradedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        foreach (var (name, kind, message) in cases)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", Clean($"{result.Assignment}.{section.Id}"));
            xml.WriteAttributeString("name", Clean(name));
            if (kind is not null)
            {
                xml.WriteStartElement(kind);
                xml.WriteAttributeString("message", Clean(FirstLine(message)));
                xml.WriteString(Clean(message));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteElementString("system-out", Clean(section.Output));
        if (ExportText.Cuts(section) is { } cuts) xml.WriteElementString("system-err", Clean(cuts));
        xml.WriteEndElement();
    }

    /// <summary>Each case: its name, and failure, error, skipped or null (passed), with the message.</summary>
    private static IEnumerable<(string Name, string? Kind, string Message)> Cases(SectionResult section)
    {
        if (section.Error is { } error) yield return ($"{section.Id} runs", "error", ExportText.Clip(error));
        foreach (var check in section.Checks)
        {
            string name = $"{section.Id} {check.Name} ({SectionVerdicts.Number(check.Points)}/{SectionVerdicts.Number(check.MaxPoints)})";
            string? kind = check.Pending ? "skipped" : check.Passed ? null : "failure";
            yield return (name, kind, ExportText.Clip(check.Message));
        }
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<(string Name, string? Kind, string Message)> cases, double milliseconds)
    {
        xml.WriteAttributeString("tests", cases.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", cases.Count(c => c.Kind == "failure").ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", cases.Count(c => c.Kind == "error").ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", cases.Count(c => c.Kind == "skipped").ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", (milliseconds / 1000).ToString("0.000", CultureInfo.InvariantCulture));
    }

    private static string FirstLine(string text) => text.Split('\n')[0];

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
