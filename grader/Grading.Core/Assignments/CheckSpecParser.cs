using YamlDotNet.RepresentationModel;

namespace Grading.Core.Assignments;

/// <summary>Reads one entry of a section's <c>checks:</c> list.</summary>
internal static class CheckSpecParser
{
    private static readonly string[] Keys = ["kind", "points", "tolerance", "relative_tolerance", "key", "expected", "expected_from", "maximum"];

    /// <param name="knownKinds">Check kinds the harness implements; null skips the kind check
    /// (the loader alone cannot know them).</param>
    public static CheckSpec Parse(YamlMappingNode mapping, SpecScope scope, IReadOnlyCollection<string>? knownKinds)
    {
        var reader = new YamlMappingReader(mapping, scope, Keys);
        var kind = reader.RequiredText("kind");
        if (knownKinds is not null && !knownKinds.Contains(kind))
        {
            var known = knownKinds.Order(StringComparer.Ordinal).ToList();
            var hint = KeySuggester.Closest(kind, known) is { } match ? $" Did you mean '{match}'?" : "";
            throw reader.ErrorAt("kind",
                $"unknown check kind '{kind}'; known kinds are {string.Join(", ", known.Select(k => $"'{k}'"))}.{hint}");
        }
        var points = reader.RequiredNumber("points");
        reader.EnsureNotNegative("points", points);
        var tolerance = reader.OptionalNumber("tolerance");
        if (tolerance is { } absolute) reader.EnsurePositive("tolerance", absolute);
        var relativeTolerance = reader.OptionalNumber("relative_tolerance");
        if (relativeTolerance is { } relative) reader.EnsurePositive("relative_tolerance", relative);
        var expected = reader.OptionalNumbers("expected");
        var expectedFrom = reader.OptionalText("expected_from");
        if (expected is not null && expectedFrom is not null)
            throw reader.ErrorAt("expected_from", "give either 'expected' or 'expected_from', not both.");
        return new CheckSpec
        {
            Kind = kind,
            Points = points,
            Tolerance = tolerance,
            RelativeTolerance = relativeTolerance,
            Key = reader.OptionalText("key"),
            Expected = expected,
            ExpectedFrom = expectedFrom,
            Maximum = reader.OptionalNumber("maximum"),
            SourceLine = reader.Line,
        };
    }
}
