using Grading.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Grading.Tests.Classroom;

/// <summary>The template's GitHub Classroom workflow, parsed: its steps in order, by name.</summary>
internal sealed class ClassroomWorkflow
{
    public static string PathInTemplate => Path.Combine(Ps1Grading.Template, ".github", "workflows", "classroom.yml");

    private ClassroomWorkflow(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public static ClassroomWorkflow Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(PathInTemplate);
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
