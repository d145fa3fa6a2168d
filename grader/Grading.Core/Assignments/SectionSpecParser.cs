using YamlDotNet.RepresentationModel;

namespace Grading.Core.Assignments;

/// <summary>
/// Reads the entries of <c>sections:</c>, one at a time, and checks each against itself (points add up,
/// needed questions/rules exist) and against the sections before it (unique ids).
/// </summary>
internal sealed class SectionSpecParser(IReadOnlyCollection<string>? knownCheckKinds)
{
    private static readonly string[] Keys =
        ["id", "title", "points", "driver", "contract", "time_limit_s", "memory_limit_mb", "uses_tensors", "checks", "rules", "questions"];

    /// <summary>The model's own default, read from it so the two cannot drift apart.</summary>
    private static readonly double DefaultTimeLimitSeconds =
        new SectionSpec { Id = "", Title = "", Points = 0, Driver = "", Contract = "", Checks = [] }.TimeLimitSeconds;

    /// <summary>Line of each section id seen so far, to name the first one when an id repeats.</summary>
    private readonly Dictionary<string, int> idLines = new(StringComparer.Ordinal);

    public SectionSpec Parse(YamlMappingNode mapping, int index, SpecScope parent)
    {
        // Name the section by its id in every message when it has one: "section '1.2'" beats "section 2".
        var peekedId = YamlMappingReader.PeekText(mapping, "id");
        var scope = parent.Child($"sections[{index}]", peekedId is null ? $"section {index + 1}" : $"section '{peekedId}'");
        var reader = new YamlMappingReader(mapping, scope, Keys);

        var id = reader.RequiredText("id");
        if (idLines.TryGetValue(id, out var firstLine))
            throw reader.ErrorAt("id", $"section id '{id}' is already used by the section at line {firstLine}; ids must be unique.");
        idLines[id] = reader.Line;

        var points = reader.RequiredNumber("points");
        reader.EnsureNotNegative("points", points);
        var timeLimit = reader.OptionalNumber("time_limit_s");
        if (timeLimit is { } seconds) reader.EnsurePositive("time_limit_s", seconds);
        var memoryLimit = reader.OptionalNumber("memory_limit_mb");
        if (memoryLimit is { } megabytes) reader.EnsurePositive("memory_limit_mb", megabytes);

        var section = new SectionSpec
        {
            Id = id,
            Title = reader.RequiredText("title"),
            Points = points,
            Driver = reader.RequiredText("driver"),
            Contract = reader.RequiredText("contract"),
            TimeLimitSeconds = timeLimit ?? DefaultTimeLimitSeconds,
            MemoryLimitMegabytes = memoryLimit ?? SectionSpec.DefaultMemoryLimitMegabytes,
            UsesTensors = reader.OptionalFlag("uses_tensors") ?? false,
            Checks = reader.RequiredListOfMappings("checks",
                (item, i) => CheckSpecParser.Parse(item, scope.Child($"checks[{i}]", $"{scope.Description}, check {i + 1}"), knownCheckKinds)),
            Rules = reader.OptionalListOfMappings("rules",
                (item, i) => RuleSpecParser.Parse(item, scope.Child($"rules[{i}]", $"{scope.Description}, rule {i + 1}"))) ?? [],
            Questions = reader.OptionalListOfMappings("questions",
                (item, i) => QuestionSpecParser.Parse(item, scope.Child($"questions[{i}]", $"{scope.Description}, question {i + 1}"))) ?? [],
            SourceLine = reader.Line,
        };

        Validate(section, reader);
        return section;
    }

    private static void Validate(SectionSpec section, YamlMappingReader reader)
    {
        var checkPoints = section.Checks.Sum(c => c.Points);
        // Points are typed by hand; a small epsilon absorbs binary fractions such as 0.1 + 0.2.
        if (Math.Abs(checkPoints - section.Points) > 1e-9 * Math.Max(1, Math.Abs(section.Points)))
            throw reader.ErrorAt("points",
                $"the checks' points add up to {YamlMappingReader.Format(checkPoints)}, " +
                $"but the section's points are {YamlMappingReader.Format(section.Points)}; they must be equal.");
        if (section.Checks.Any(c => c.Kind == "answers") && section.Questions.Count == 0)
            throw reader.ErrorAtMapping("questions", "a section with an 'answers' check must list at least one question under 'questions'.");
        if (section.Checks.Any(c => c.Kind == "rules") && section.Rules.Count == 0)
            throw reader.ErrorAtMapping("rules", "a section with a 'rules' check must list at least one rule under 'rules'.");
    }
}
