using YamlDotNet.RepresentationModel;

namespace Grading.Core.Assignments;

/// <summary>Reads the top-level mapping of <c>assignment.yml</c> into an <see cref="AssignmentSpec"/>.</summary>
internal static class AssignmentSpecParser
{
    private static readonly string[] Keys = ["id", "title", "harness", "seed", "data", "training", "sections", "policy", "policy_defaults"];

    public static AssignmentSpec Parse(YamlMappingNode root, SpecScope scope, string directory, IReadOnlyCollection<string>? knownCheckKinds)
    {
        var reader = new YamlMappingReader(root, scope, Keys);
        var id = reader.RequiredText("id");
        var title = reader.RequiredText("title");
        var harness = reader.RequiredText("harness");
        var seed = reader.OptionalWholeNumber("seed") ?? 0;
        // Only assignments whose harness reads a data file have one (PS1); others generate their data.
        var data = reader.OptionalMapping("data") is { } dataMapping ? DataSpecParser.Parse(dataMapping, scope.Child("data", "data")) : null;
        var training = reader.OptionalMapping("training") is { } trainingMapping
            ? TrainingSpecParser.Parse(trainingMapping, scope.Child("training", "training"))
            : null;
        var sectionParser = new SectionSpecParser(knownCheckKinds);
        var sections = reader.RequiredListOfMappings("sections", (item, index) => sectionParser.Parse(item, index, scope));
        var policy = reader.OptionalListOfMappings("policy",
            (item, index) => RuleSpecParser.Parse(item, scope.Child($"policy[{index}]", $"policy entry {index + 1}"))) ?? [];
        var policyDefaults = reader.OptionalFlag("policy_defaults") ?? true;
        return new AssignmentSpec
        {
            Id = id,
            Title = title,
            Harness = harness,
            Seed = seed,
            Data = data,
            Training = training,
            Sections = sections,
            Policy = policy,
            PolicyDefaults = policyDefaults,
            Directory = directory,
        };
    }
}
