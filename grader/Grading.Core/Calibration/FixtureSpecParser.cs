using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grading.Core.Calibration;

/// <summary>
/// Reads a fixture's README.md front matter: a YAML block between a first line <c>---</c> and the next <c>---</c>.
/// Every problem is a <see cref="FixtureSpecException"/> naming the README and the line, so a typo in one fixture
/// is found where it is instead of silently changing what that fixture checks.
/// </summary>
public static class FixtureSpecParser
{
    public const string ReadmeName = "README.md";

    private static readonly string[] Keys = ["kind", "base", "remove", "isolation", "expect", "failed_checks", "message"];

    /// <summary>Reads <c>README.md</c> in <paramref name="folder"/>.</summary>
    public static FixtureSpec ReadFolder(string folder)
    {
        string readme = Path.Combine(folder, ReadmeName);
        if (!File.Exists(readme)) throw new FixtureSpecException($"{readme}: missing; every fixture folder needs a README.md that starts with front matter (kind, expect, ...).");
        return Parse(File.ReadAllText(readme), readme, folder);
    }

    public static FixtureSpec Parse(string readmeText, string readmePath, string folder)
    {
        string yaml = FrontMatter(readmeText, readmePath);
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode
                ?? throw FixtureSpecException.At(readmePath, 2, "the front matter must be a mapping of fields (kind: correct, ...).");
        }
        catch (YamlException e)
        {
            throw FixtureSpecException.At(readmePath, FileLine(e.Start), $"the front matter is not valid YAML: {e.Message}");
        }
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(name)) throw FixtureSpecException.At(readmePath, FileLine(key.Start), $"unknown field '{name}' (known: {string.Join(", ", Keys)}).");
            fields[name] = value;
        }
        if (!fields.TryGetValue("kind", out var kindNode)) throw FixtureSpecException.At(readmePath, 2, "the front matter has no 'kind' (correct or mistake).");
        var kind = Word(kindNode, readmePath, "kind") switch
        {
            "correct" => FixtureKind.Correct,
            "mistake" => FixtureKind.Mistake,
            var other => throw FixtureSpecException.At(readmePath, FileLine(kindNode.Start), $"kind '{other}' is neither 'correct' nor 'mistake'."),
        };
        var fixtureBase = !fields.TryGetValue("base", out var baseNode) ? FixtureBase.Reference : Word(baseNode, readmePath, "base") switch
        {
            "reference" => FixtureBase.Reference,
            "none" => FixtureBase.None,
            var other => throw FixtureSpecException.At(readmePath, FileLine(baseNode.Start), $"base '{other}' is neither 'reference' nor 'none'."),
        };
        var remove = fields.TryGetValue("remove", out var removeNode) ? Texts(removeNode, readmePath, "remove") : [];
        if (remove.Count > 0 && fixtureBase == FixtureBase.None)
            throw FixtureSpecException.At(readmePath, FileLine(removeNode!.Start), "'remove' needs base: reference (with base: none there is nothing to remove).");
        bool needsWorker = fields.TryGetValue("isolation", out var isolationNode) && Word(isolationNode, readmePath, "isolation") switch
        {
            "process" => true,
            "any" => false,
            var other => throw FixtureSpecException.At(readmePath, FileLine(isolationNode.Start), $"isolation '{other}' is neither 'process' nor 'any'."),
        };
        return new FixtureSpec
        {
            NeedsWorker = needsWorker,
            Name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)),
            Folder = folder,
            Kind = kind,
            Base = fixtureBase,
            Remove = remove,
            Expect = fields.TryGetValue("expect", out var expect) ? Points(expect, readmePath) : new Dictionary<string, double>(),
            FailedChecks = fields.TryGetValue("failed_checks", out var failed) ? Checks(failed, readmePath) : new Dictionary<string, IReadOnlyList<string>>(),
            Message = fields.TryGetValue("message", out var message) ? Texts(message, readmePath, "message") : [],
        };
    }

    private static string FrontMatter(string text, string path)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || lines[0].Trim() != "---")
            throw FixtureSpecException.At(path, 1, "the README does not start with front matter: its first line must be '---' (see tests/fixtures/README.md for the format).");
        int end = lines.FindIndex(1, l => l.Trim() == "---");
        if (end < 0) throw FixtureSpecException.At(path, 1, "the front matter is not closed: no second '---' line.");
        return string.Join('\n', lines.Skip(1).Take(end - 1));
    }

    // The YAML starts on the README's second line (after the opening ---); marks are 1-based.
    private static long FileLine(Mark mark) => mark.Line + 1;

    private static string Word(YamlNode node, string path, string field) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : throw FixtureSpecException.At(path, FileLine(node.Start), $"'{field}' must be a word.");

    private static List<string> Texts(YamlNode node, string path, string field) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } one } => [one],
        YamlSequenceNode list => list.Children.Select(item => item is YamlScalarNode { Value: { Length: > 0 } text } ? text
            : throw FixtureSpecException.At(path, FileLine(item.Start), $"every item of '{field}' must be non-empty text.")).ToList(),
        _ => throw FixtureSpecException.At(path, FileLine(node.Start), $"'{field}' must be a text or a list of texts."),
    };

    private static Dictionary<string, double> Points(YamlNode node, string path)
    {
        var points = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (section, value) in Sections(node, path, "expect"))
        {
            if (value is not YamlScalarNode { Value: { } text } || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || number < 0)
                throw FixtureSpecException.At(path, FileLine(value.Start), $"expect \"{section}\": the points must be a number, 0 or more.");
            points[section] = number;
        }
        return points;
    }

    private static Dictionary<string, IReadOnlyList<string>> Checks(YamlNode node, string path)
    {
        var checks = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (section, value) in Sections(node, path, "failed_checks"))
            checks[section] = value is YamlSequenceNode { Children.Count: 0 } ? [] : Texts(value, path, $"failed_checks \"{section}\"");
        return checks;
    }

    private static IEnumerable<(string Section, YamlNode Value)> Sections(YamlNode node, string path, string field)
    {
        if (node is not YamlMappingNode mapping) throw FixtureSpecException.At(path, FileLine(node.Start), $"'{field}' must map section ids to values (\"1.3\": ...).");
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } section })
                throw FixtureSpecException.At(path, FileLine(key.Start), $"'{field}': a section id must be text such as \"1.3\".");
            yield return (section, value);
        }
    }
}
