using YamlDotNet.RepresentationModel;

namespace Grading.Core.Assignments;

/// <summary>
/// Reads one entry of a section's <c>rules:</c> list. The pattern key says the default bounds:
/// <c>forbid</c> is 0..0 uses, <c>require</c> is 1..unbounded, <c>api</c> has only the bounds it states.
/// </summary>
internal static class RuleSpecParser
{
    private static readonly string[] PatternKeys = ["forbid", "require", "api"];
    private static readonly string[] Keys = [.. PatternKeys, "min", "max", "except", "message"];

    public static RuleSpec Parse(YamlMappingNode mapping, SpecScope scope)
    {
        var reader = new YamlMappingReader(mapping, scope, Keys);
        var patternKey = ReadPatternKey(reader);
        var pattern = reader.RequiredText(patternKey);
        var message = reader.RequiredText("message");
        var min = reader.OptionalWholeNumber("min");
        if (min is { } givenMin) reader.EnsureNotNegative("min", givenMin);
        var except = reader.OptionalTextList("except") ?? [];
        if (except.Any(string.IsNullOrWhiteSpace))
            throw reader.ErrorAt("except", "field 'except' must not list an empty pattern.");
        var max = reader.OptionalWholeNumber("max");
        if (max is { } givenMax) reader.EnsureNotNegative("max", givenMax);
        // Without bounds an api rule could never fail, which is surely a mistake in the spec.
        if (patternKey == "api" && min is null && max is null)
            throw reader.ErrorAtMapping(null, "an 'api' rule needs 'min', 'max' or both; without them it can never fail.");

        var (defaultMin, defaultMax) = patternKey switch
        {
            "forbid" => (0, (int?)0),
            "require" => (1, null),
            _ => (0, null),
        };
        var rule = new RuleSpec
        {
            Api = pattern,
            Min = min ?? defaultMin,
            Max = max ?? defaultMax,
            Except = except,
            Message = message,
            SourceLine = reader.Line,
        };
        if (rule.Max is { } upper && rule.Min > upper)
        {
            // Point at whichever bound was written (with both defaults this cannot happen), and say
            // which bound is a default so the author sees why e.g. 'forbid' with 'min: 1' fails.
            var key = max is not null ? "max" : "min";
            var minText = min is null ? $"{rule.Min}, the default for '{patternKey}'" : $"{rule.Min}";
            var maxText = max is null ? $"{upper}, the default for '{patternKey}'" : $"{upper}";
            throw reader.ErrorAt(key, $"'min' ({minText}) must not exceed 'max' ({maxText}).");
        }
        return rule;
    }

    private static string ReadPatternKey(YamlMappingReader reader)
    {
        var present = PatternKeys.Where(reader.Has).ToList();
        if (present.Count == 0)
            throw reader.ErrorAtMapping(null, "a rule needs exactly one of 'forbid', 'require' or 'api'; found none.");
        if (present.Count > 1)
            throw reader.ErrorAt(present[1],
                $"a rule needs exactly one of 'forbid', 'require' or 'api'; found both '{present[0]}' and '{present[1]}'.");
        return present[0];
    }
}
