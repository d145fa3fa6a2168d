using YamlDotNet.RepresentationModel;

namespace Grading.Core.Assignments;

/// <summary>Reads the top-level mapping of <c>assignment.yml</c> into an <see cref="AssignmentSpec"/>.</summary>
internal static class AssignmentSpecParser
{
    private static readonly string[] Keys = ["id", "title", "harness", "seed", "sections", "policy", "policy_defaults"];

    public static AssignmentSpec Parse(YamlMappingNode root, SpecScope scope, string directory, SpecVocabulary vocabulary)
    {
        if (vocabulary.Blocks.FirstOrDefault(b => Keys.Contains(b.Key)) is { } clash)
            throw new InvalidOperationException($"The harness's block parser {clash.GetType().Name} claims '{clash.Key}', a field of the engine's own.");
        var reader = new YamlMappingReader(root, scope, [.. Keys, .. vocabulary.Blocks.Select(b => b.Key)]);
        var id = reader.RequiredText("id");
        var title = reader.RequiredText("title");
        var harness = reader.RequiredText("harness");
        var seed = reader.OptionalWholeNumber("seed") ?? 0;
        // The harness reads its own blocks; the engine only keeps what it made of them.
        var blocks = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var block in vocabulary.Blocks)
        {
            if (reader.OptionalMapping(block.Key) is { } mapping) blocks[block.Key] = block.Parse(mapping, scope.Child(block.Key, block.Key));
        }
        var sectionParser = new SectionSpecParser(vocabulary.CheckKinds);
        var sections = reader.RequiredListOfMappings("sections", (item, index) => sectionParser.Parse(item, index, scope));
        var policyEntries = reader.OptionalListOfMappings("policy", (item, index) =>
            PolicyEntryParser.Parse(item, scope.Child($"policy[{index}]", $"policy entry {index + 1}"))) ?? [];
        var policy = policyEntries.Select(entry => entry.Forbidden).OfType<RuleSpec>().ToList();
        var allowed = policyEntries.Select(entry => entry.Allowed).OfType<string>().ToList();
        var policyDefaults = reader.OptionalFlag("policy_defaults") ?? true;
        return new AssignmentSpec
        {
            Id = id,
            Title = title,
            Harness = harness,
            Seed = seed,
            Blocks = blocks,
            Sections = sections,
            Policy = policy,
            PolicyAllowed = allowed,
            PolicyDefaults = policyDefaults,
            Directory = directory,
        };
    }
}
