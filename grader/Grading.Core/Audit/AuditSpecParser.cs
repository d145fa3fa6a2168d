using Grading.Core.Assignments;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grading.Core.Audit;

/// <summary>
/// Reads audit.yml beside an assignment.yml. Problems are <see cref="AssignmentSpecException"/>s in the spec's
/// format (file, line, column, field), and an unknown field is an error: a typo (<c>orignal</c>) would otherwise
/// widen an entry to every mutant of its file.
/// </summary>
public static class AuditSpecParser
{
    private static readonly string[] RootKeys = ["equivalent"];
    private static readonly string[] EntryKeys = ["file", "member", "operator", "original", "replacement", "statement", "inside", "reason"];

    /// <summary>audit.yml in the assignment's folder, or <see cref="AuditSpec.None"/> when there is none.</summary>
    public static AuditSpec ReadBeside(string specPath)
    {
        string path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(specPath))!, AuditSpec.FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : AuditSpec.None;
    }

    public static AuditSpec Parse(string yaml, string file)
    {
        var scope = SpecScope.Root(file);
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.FirstOrDefault()?.RootNode;
        }
        catch (YamlException e)
        {
            throw scope.Error(e.Start, null, $"not valid YAML: {e.Message}");
        }
        if (root is null || YamlValueReader.IsNull(root)) return AuditSpec.None;
        if (root is not YamlMappingNode mapping) throw scope.Error(root.Start, null, "audit.yml must be a mapping with an 'equivalent:' list.");
        var reader = new YamlMappingReader(mapping, scope, RootKeys);
        if (!reader.Has("equivalent")) return AuditSpec.None;
        var list = mapping.Children[new YamlScalarNode("equivalent")];
        if (YamlValueReader.IsNull(list)) return AuditSpec.None;
        if (list is not YamlSequenceNode sequence) throw YamlValueReader.WrongType(list, scope, "equivalent", "a list of entries");
        return new AuditSpec(sequence.Children.Select((node, i) => Entry(node, scope.Child($"equivalent[{i}]", $"equivalent entry {i + 1}"))).ToList());
    }

    private static EquivalentMutant Entry(YamlNode node, SpecScope scope)
    {
        if (node is not YamlMappingNode mapping) throw scope.Error(node.Start, null, "an entry is a mapping: file, member, operator, original, replacement, statement, inside, reason.");
        var reader = new YamlMappingReader(mapping, scope, EntryKeys);
        var entry = new EquivalentMutant(reader.OptionalText("file"), reader.OptionalText("member"), reader.OptionalText("operator"),
            reader.OptionalText("original"), reader.OptionalText("replacement"), reader.OptionalText("statement"), reader.OptionalText("inside"), reader.RequiredText("reason"), reader.Line);
        if (entry is { File: null, Member: null, Operator: null, Original: null, Replacement: null, Statement: null, Inside: null })
            throw scope.Error(mapping.Start, null, "an entry must say which mutants it lists (file, member, operator, original, replacement, statement or inside), or it would list them all.");
        if (entry.Operator is { } name && MutationOperators.All.All(o => o.Name != name))
            throw scope.Error(mapping.Start, "operator", $"no operator '{name}'; the operators are {string.Join(", ", MutationOperators.All.Select(o => o.Name))}.");
        return entry;
    }
}
