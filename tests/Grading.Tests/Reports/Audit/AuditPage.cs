using System.Xml.Linq;

namespace Grading.Tests.Reports.Audit;

/// <summary>Reads parts of the rendered audit page back as XML: a part that parses has balanced tags, and its text is decoded.</summary>
internal static class AuditPage
{
    /// <summary>The survivors section, from its start tag to the next top-level section.</summary>
    public static XElement Survivors(string html)
    {
        int start = html.IndexOf("<section id=\"survivors\"", StringComparison.Ordinal);
        int end = html.IndexOf("<section aria-labelledby=\"h-stopped\">", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0).And.LessThan(end), "the survivors section comes before the stopped one");
        return XElement.Parse(html[start..end].Trim(), LoadOptions.PreserveWhitespace);
    }

    public static IEnumerable<XElement> WithClass(XElement root, string name, string cssClass) =>
        root.Descendants(name).Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    /// <summary>One table row (a &lt;tr&gt; … &lt;/tr&gt;, no void elements inside), parsed.</summary>
    public static XElement Row(string html, string rowHeading)
    {
        int heading = html.IndexOf($"<th scope=\"row\">{rowHeading}</th>", StringComparison.Ordinal);
        Assert.That(heading, Is.GreaterThan(0), $"a row headed {rowHeading}");
        int start = html.LastIndexOf("<tr", heading, StringComparison.Ordinal);
        int end = html.IndexOf("</tr>", heading, StringComparison.Ordinal) + "</tr>".Length;
        return XElement.Parse(html[start..end]);
    }
}
