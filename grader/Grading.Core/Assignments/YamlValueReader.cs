using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grading.Core.Assignments;

/// <summary>
/// Turns one YAML node into a typed value, or an error that says what was expected and what was found.
/// Scalars are read from their raw text (not YAML's implicit typing) so an id like <c>1.10</c> stays text
/// and numbers are always parsed with the invariant culture.
/// </summary>
internal static class YamlValueReader
{
    public static string Text(YamlNode node, SpecScope scope, string key)
    {
        if (node is not YamlScalarNode scalar || IsNull(node))
            throw WrongType(node, scope, key, "text");
        return scalar.Value ?? "";
    }

    public static double Number(YamlNode node, SpecScope scope, string key, string expected = "a number")
    {
        // A quoted "10" is text in YAML; accepting it would hide a spec written by hand with the wrong quoting.
        if (node is not YamlScalarNode { Style: ScalarStyle.Plain } scalar || IsNull(node)
            || !double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
            throw WrongType(node, scope, key, expected);
        return value;
    }

    public static int WholeNumber(YamlNode node, SpecScope scope, string key)
    {
        const string expected = "a whole number";
        var value = Number(node, scope, key, expected);
        if (value != Math.Floor(value) || value < int.MinValue || value > int.MaxValue)
            throw WrongType(node, scope, key, expected);
        return (int)value;
    }

    public static bool Flag(YamlNode node, SpecScope scope, string key)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text })
        {
            // YAML 1.2 core schema spellings only: 'yes'/'on' are YAML 1.1 and surprise people.
            if (text is "true" or "True" or "TRUE") return true;
            if (text is "false" or "False" or "FALSE") return false;
        }
        throw WrongType(node, scope, key, "true or false");
    }

    public static IReadOnlyList<string> TextList(YamlNode node, SpecScope scope, string key)
    {
        if (node is not YamlSequenceNode sequence)
            throw WrongType(node, scope, key, "a list of text");
        return sequence.Children.Select((item, index) => Text(item, scope, $"{key}[{index}]")).ToList();
    }

    /// <summary>One number or a list of numbers, as an array.</summary>
    public static double[] Numbers(YamlNode node, SpecScope scope, string key) => node is YamlSequenceNode sequence
        ? sequence.Children.Select((item, index) => Number(item, scope, $"{key}[{index}]")).ToArray()
        : [Number(node, scope, key, "a number or a list of numbers")];

    /// <summary>A plain empty, <c>~</c> or <c>null</c> scalar: the key is there but has no value.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>How a node reads in an error message: <c>'thirty'</c>, <c>a list</c>, <c>nothing</c>.</summary>
    public static string Describe(YamlNode node)
    {
        if (IsNull(node)) return "nothing";
        return node switch
        {
            YamlMappingNode => "a mapping",
            YamlSequenceNode => "a list",
            YamlScalarNode { Style: ScalarStyle.Plain } scalar => $"'{Shorten(scalar.Value ?? "")}'",
            YamlScalarNode scalar => $"quoted text '{Shorten(scalar.Value ?? "")}'",
            _ => node.NodeType.ToString().ToLowerInvariant(),
        };
    }

    public static AssignmentSpecException WrongType(YamlNode node, SpecScope scope, string key, string expected) =>
        scope.Error(node.Start, key, $"field '{key}' must be {expected}, found {Describe(node)}.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
