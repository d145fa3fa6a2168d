using Grading.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Grading.Tests.Bulk;

/// <summary>The shipped GitHub Actions workflow, read as YAML: manually triggered, a shard matrix that uploads, a merge that downloads.</summary>
public class BulkWorkflowTests
{
    private static YamlMappingNode Workflow()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "bulk-grade.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)]).Value!;

    private static IEnumerable<YamlMappingNode> Steps(YamlNode job) =>
        ((YamlSequenceNode)((YamlMappingNode)job).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>();

    private static string Runs(YamlNode job) => string.Join("\n", Steps(job).Where(s => s.Children.ContainsKey("run")).Select(s => Text(s, "run")));

    [Test]
    public void Workflow_IsTriggeredByHandOnly_WithShardsAsAnInput()
    {
        var on = Map(Workflow(), "on");
        Assert.That(on.Children.Keys.Select(k => k.ToString()), Is.EqualTo(new[] { "workflow_dispatch" }));
        Assert.That(Map(Map(on, "workflow_dispatch"), "inputs").Children.Keys.Select(k => k.ToString()), Is.SupersetOf(new[] { "shards", "assignment", "submissions_url", "canvas_assignment_id" }));
    }

    [Test]
    public void GradeJob_MatrixOverShards_GradesItsShardAndUploadsIt()
    {
        var grade = Map(Map(Workflow(), "jobs"), "grade");
        Assert.That(Text(Map(Map(grade, "strategy"), "matrix"), "shard"), Does.Contain("fromJSON(needs.plan.outputs.shards)"));
        Assert.That(Runs(grade), Does.Contain("bulk class.zip").And.Contain("--shard '${{ matrix.shard }}/${{ inputs.shards }}'"));
        var upload = Steps(grade).Single(s => s.Children.ContainsKey("uses") && Text(s, "uses").StartsWith("actions/upload-artifact", StringComparison.Ordinal));
        Assert.That(Text(Map(upload, "with"), "name"), Is.EqualTo("shard-${{ matrix.shard }}"));
    }

    [Test]
    public void MergeJob_AfterEveryShard_DownloadsThemAndMerges()
    {
        var merge = Map(Map(Workflow(), "jobs"), "merge");
        Assert.That(Text(merge, "needs"), Is.EqualTo("grade"));
        var download = Steps(merge).Single(s => s.Children.ContainsKey("uses") && Text(s, "uses").StartsWith("actions/download-artifact", StringComparison.Ordinal));
        Assert.That(Text(Map(download, "with"), "pattern"), Is.EqualTo("shard-*"));
        Assert.That(Runs(merge), Does.Contain("-- merge merge-in/shard-*").And.Contain("--canvas-assignment-id \"$CANVAS_ASSIGNMENT_ID\""));
    }
}
