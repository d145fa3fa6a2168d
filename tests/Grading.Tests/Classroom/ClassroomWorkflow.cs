using System.Text.RegularExpressions;
using Grading.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Grading.Tests.Classroom;

/// <summary>A template's GitHub Actions workflow (<c>.github/workflows/grade.yml</c>), parsed: its steps in order, by
/// name, and whether a step runs, for the few <c>if:</c> forms the workflow uses.</summary>
internal sealed partial class ClassroomWorkflow
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

    /// <summary>
    /// Whether GitHub would run <paramref name="step"/>, evaluating the terms its <c>if:</c> joins with <c>&amp;&amp;</c>, as
    /// GitHub documents them: no <c>if</c> means <c>success()</c> (not after a failed step), <c>!cancelled()</c> runs
    /// after a failure, <c>hashFiles('p')</c> is empty when <c>p</c> does not exist, <c>env.X</c> is the variable. Any
    /// other term fails the test, so a condition this cannot read is never silently taken as true.
    /// </summary>
    public static bool Runs(YamlMappingNode step, bool earlierStepFailed, string workspace, IReadOnlyDictionary<string, string> env)
    {
        string? condition = Text(step, "if");
        if (condition is null) return !earlierStepFailed;
        condition = condition.Trim();
        if (condition.StartsWith("${{", StringComparison.Ordinal)) condition = condition[3..^2].Trim();
        bool explicitStatus = condition.Contains("cancelled()", StringComparison.Ordinal) || condition.Contains("always()", StringComparison.Ordinal);
        if (!explicitStatus && earlierStepFailed) return false;
        return condition.Split("&&").Select(t => t.Trim()).All(term => Term(term, workspace, env));
    }

    private static bool Term(string term, string workspace, IReadOnlyDictionary<string, string> env)
    {
        if (term is "!cancelled()" or "always()") return true;
        if (HashFilesTerm().Match(term) is { Success: true } hash)
        {
            bool exists = File.Exists(Path.Combine(workspace, hash.Groups["path"].Value));
            return hash.Groups["op"].Value == "!=" ? exists : !exists;
        }
        if (EnvTerm().Match(term) is { Success: true } variable)
        {
            string value = env.GetValueOrDefault(variable.Groups["name"].Value, "");
            return (value == variable.Groups["value"].Value) == (variable.Groups["op"].Value == "==");
        }
        Assert.Fail($"the test cannot evaluate the condition term '{term}'");
        return false;
    }

    [GeneratedRegex(@"^hashFiles\('(?<path>[^']+)'\) (?<op>==|!=) ''$")]
    private static partial Regex HashFilesTerm();

    [GeneratedRegex(@"^env\.(?<name>\w+) (?<op>==|!=) '(?<value>[^']*)'$")]
    private static partial Regex EnvTerm();
}
