using Grading.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Grading.Tests.Classroom;

/// <summary>A template's GitHub Classroom workflow, parsed: its steps in order, by name.</summary>
internal sealed class ClassroomWorkflow
{
    private ClassroomWorkflow(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public static ClassroomWorkflow Load(StudentTemplate template)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(template.Workflow);
        stream.Load(reader);
        return new ClassroomWorkflow((YamlMappingNode)stream.Documents.Single().RootNode);
    }

    public YamlMappingNode Job => (YamlMappingNode)((YamlMappingNode)Root["jobs"]).Children.Single().Value;

    public IReadOnlyList<YamlMappingNode> Steps => ((YamlSequenceNode)Job["steps"]).Children.Cast<YamlMappingNode>().ToList();

    public YamlMappingNode Step(string name) => Steps.Single(s => Text(s, "name") == name);

    public static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    public static YamlMappingNode? Mapping(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (YamlMappingNode)value : null;
}
