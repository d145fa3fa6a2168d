using YamlDotNet.RepresentationModel;

namespace Grading.Core.Assignments;

/// <summary>Reads the top-level mapping of <c>assignment.yml</c> into an <see cref="AssignmentSpec"/>.</summary>
internal static class AssignmentSpecParser
{
    private static readonly string[] Keys = ["id", "title", "harness", "seed", "data", "training", "sections"];

    public static AssignmentSpec Parse(YamlMappingNode root, SpecScope scope, string directory, IReadOnlyCollection<string>? knownCheckKinds)
    {
        var reader = new YamlMappingReader(root, scope, Keys);
        var id = reader.RequiredText("id");
        var title = reader.RequiredText("title");
        var harness = reader.RequiredText("harness");
        var seed = reader.OptionalWholeNumber("seed") ?? 0;
        var data = DataSpecParser.Parse(reader.RequiredMapping("data"), scope.Child("data", "data"));
        var training = reader.OptionalMapping("training") is { } trainingMapping
            ? TrainingSpecParser.Parse(trainingMapping, scope.Child("training", "training"))
            : null;
        var sectionParser = new SectionSpecParser(knownCheckKinds);
        var sections = reader.RequiredListOfMappings("sections", (item, index) => sectionParser.Parse(item, index, scope));
        return new AssignmentSpec
        {
            Id = id,
            Title = title,
            Harness = harness,
            Seed = seed,
            Data = data,
            Training = training,
            Sections = sections,
            Directory = directory,
        };
    }
}
