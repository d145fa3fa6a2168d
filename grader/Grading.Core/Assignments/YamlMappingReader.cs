using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grading.Core.Assignments;

/// <summary>
/// Typed access to the fields of one YAML mapping. Unknown keys are rejected up front, so a typo such as
/// <c>tolerence</c> fails loudly instead of silently leaving the real field at its default.
/// </summary>
public sealed class YamlMappingReader
{
    private readonly YamlMappingNode mapping;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> fields = new(StringComparer.Ordinal);

    public YamlMappingReader(YamlMappingNode mapping, SpecScope scope, IReadOnlyList<string> knownKeys)
    {
        this.mapping = mapping;
        Scope = scope;
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key } scalarKey || YamlValueReader.IsNull(keyNode))
                throw scope.Error(keyNode.Start, null, $"field names must be plain text, found {YamlValueReader.Describe(keyNode)}.");
            if (!knownKeys.Contains(key))
                throw scope.Error(keyNode.Start, key, $"unknown field '{key}'" + UnknownKeyEnding(key, knownKeys));
            fields[key] = (scalarKey, value);
        }
    }

    public SpecScope Scope { get; }

    /// <summary>Where the mapping starts: the place to report a field that is missing from it.</summary>
    public Mark Start => mapping.Start;

    public int Line => checked((int)mapping.Start.Line);

    public bool Has(string key) => fields.ContainsKey(key);

    /// <summary>The raw text of a scalar field before the reader exists, e.g. a section's id to name its scope.</summary>
    public static string? PeekText(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar
            && !YamlValueReader.IsNull(node) ? scalar.Value : null;

    public string RequiredText(string key) => OptionalText(key) ?? throw Missing(key);

    /// <summary>Text that must not be empty when present (ids, names, patterns).</summary>
    public string? OptionalText(string key)
    {
        if (!fields.TryGetValue(key, out var field)) return null;
        var text = YamlValueReader.Text(field.Value, Scope, key);
        if (string.IsNullOrWhiteSpace(text)) throw ErrorAt(key, $"field '{key}' must not be empty.");
        return text;
    }

    public double RequiredNumber(string key) => OptionalNumber(key) ?? throw Missing(key);

    public double? OptionalNumber(string key) =>
        fields.TryGetValue(key, out var field) ? YamlValueReader.Number(field.Value, Scope, key) : null;

    public double[]? OptionalNumbers(string key) =>
        fields.TryGetValue(key, out var field) ? YamlValueReader.Numbers(field.Value, Scope, key) : null;

    public int RequiredWholeNumber(string key) => OptionalWholeNumber(key) ?? throw Missing(key);

    public int? OptionalWholeNumber(string key) =>
        fields.TryGetValue(key, out var field) ? YamlValueReader.WholeNumber(field.Value, Scope, key) : null;

    public bool? OptionalFlag(string key) =>
        fields.TryGetValue(key, out var field) ? YamlValueReader.Flag(field.Value, Scope, key) : null;

    public IReadOnlyList<string>? OptionalTextList(string key) =>
        fields.TryGetValue(key, out var field) ? YamlValueReader.TextList(field.Value, Scope, key) : null;

    public YamlMappingNode RequiredMapping(string key) => OptionalMapping(key) ?? throw Missing(key);

    public YamlMappingNode? OptionalMapping(string key)
    {
        if (!fields.TryGetValue(key, out var field)) return null;
        return field.Value as YamlMappingNode ?? throw YamlValueReader.WrongType(field.Value, Scope, key, "a mapping");
    }

    /// <summary>A list whose items are mappings, each parsed by <paramref name="parseItem"/> with its 0-based index.</summary>
    public IReadOnlyList<T>? OptionalListOfMappings<T>(string key, Func<YamlMappingNode, int, T> parseItem)
    {
        if (!fields.TryGetValue(key, out var field)) return null;
        if (field.Value is not YamlSequenceNode sequence)
            throw YamlValueReader.WrongType(field.Value, Scope, key, "a list");
        var items = new List<T>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            var index = items.Count;
            if (item is not YamlMappingNode itemMapping)
                throw Scope.Error(item.Start, $"{key}[{index}]",
                    $"item {index + 1} of '{key}' must be a mapping, found {YamlValueReader.Describe(item)}.");
            items.Add(parseItem(itemMapping, index));
        }
        return items;
    }

    /// <summary>Like <see cref="OptionalListOfMappings{T}"/>, but the list must be present and not empty.</summary>
    public IReadOnlyList<T> RequiredListOfMappings<T>(string key, Func<YamlMappingNode, int, T> parseItem)
    {
        var items = OptionalListOfMappings(key, parseItem) ?? throw Missing(key);
        if (items.Count == 0) throw ErrorAt(key, $"field '{key}' must list at least one item.");
        return items;
    }

    /// <summary>Rejects a negative value of a field that was read (zero is allowed).</summary>
    public void EnsureNotNegative(string key, double value)
    {
        if (value < 0) throw ErrorAt(key, $"field '{key}' must be 0 or more, found {Format(value)}.");
    }

    /// <summary>Rejects a value of a field that was read unless it is strictly positive.</summary>
    public void EnsurePositive(string key, double value)
    {
        if (value <= 0) throw ErrorAt(key, $"field '{key}' must be greater than 0, found {Format(value)}.");
    }

    /// <summary>An error located at the value of <paramref name="key"/> (which must be present).</summary>
    public AssignmentSpecException ErrorAt(string key, string problem) => Scope.Error(fields[key].Value.Start, key, problem);

    /// <summary>An error located at the start of this mapping: about the field <paramref name="key"/> it lacks,
    /// or about the mapping as a whole when <paramref name="key"/> is null.</summary>
    public AssignmentSpecException ErrorAtMapping(string? key, string problem) => Scope.Error(Start, key, problem);

    public AssignmentSpecException Missing(string key) => ErrorAtMapping(key, $"required field '{key}' is missing.");

    /// <summary>Numbers in messages: invariant culture, and no float noise such as 30.000000000000004.</summary>
    public static string Format(double value) => value.ToString("G10", CultureInfo.InvariantCulture);

    private static string UnknownKeyEnding(string key, IReadOnlyList<string> knownKeys) =>
        KeySuggester.Closest(key, knownKeys) is { } match
            ? $"; did you mean '{match}'?"
            : $"; known fields are {string.Join(", ", knownKeys.Select(k => $"'{k}'"))}.";
}
