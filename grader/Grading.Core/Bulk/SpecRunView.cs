using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grading.Core.Bulk;

/// <summary>
/// An <c>assignment.yml</c> with what only scores left out: under <c>sections:</c>, every <c>points</c>,
/// <c>tolerance</c>, <c>relative_tolerance</c>, <c>maximum</c> and <c>expected</c> (a section's, a
/// check's, a question's). Check kinds and keys stay: a new or removed check may need values the saved
/// run never recorded. Written in one canonical form (comments and layout gone), so the text of it
/// changes exactly when something that affects a run changes.
/// </summary>
public static class SpecRunView
{
    private static readonly HashSet<string> ScoringOnly = ["points", "tolerance", "relative_tolerance", "maximum", "expected"];

    public static string Of(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return yaml; // not for this class to judge: the loader says what is wrong; the whole text keys the run
        }
        var text = new StringBuilder();
        foreach (var document in stream.Documents) Write(document.RootNode, underSections: false, text);
        return text.ToString();
    }

    private static void Write(YamlNode node, bool underSections, StringBuilder text)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                text.Append('"').Append(scalar.Value?.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                break;
            case YamlSequenceNode sequence:
                text.Append('[');
                foreach (var item in sequence.Children) { Write(item, underSections, text); text.Append(','); }
                text.Append(']');
                break;
            case YamlMappingNode mapping:
                text.Append('{');
                foreach (var (key, value) in mapping.Children)
                {
                    string name = (key as YamlScalarNode)?.Value ?? "";
                    if (underSections && ScoringOnly.Contains(name)) continue;
                    Write(key, underSections, text);
                    text.Append(':');
                    Write(value, underSections || name == "sections", text);
                    text.Append(',');
                }
                text.Append('}');
                break;
        }
    }
}
