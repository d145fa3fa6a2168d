using Grading.Core.Assignments;
using YamlDotNet.RepresentationModel;

namespace Ps1Autograd.Grading.Spec;

/// <summary>Reads PS1's <c>data:</c> block: the CSV file and how its columns are prepared.</summary>
public sealed class DataSpecParser : ISpecBlockParser
{
    public string Key => Ps1Blocks.Data;

    private static readonly string[] Keys = ["file", "sha256", "drop", "target", "standardize", "intercept"];

    /// <summary>YAML spelling of each <see cref="Standardization"/> value.</summary>
    private static readonly Dictionary<string, Standardization> Standardizations = new(StringComparer.Ordinal)
    {
        ["none"] = Standardization.None,
        ["sample"] = Standardization.Sample,
        ["population"] = Standardization.Population,
    };

    public object Parse(YamlMappingNode mapping, SpecScope scope) => Read(mapping, scope);

    public static DataSpec Read(YamlMappingNode mapping, SpecScope scope)
    {
        var reader = new YamlMappingReader(mapping, scope, Keys);
        var file = reader.RequiredText("file");
        var drop = reader.OptionalTextList("drop") ?? [];
        var target = reader.RequiredText("target");
        if (drop.Contains(target))
            throw reader.ErrorAt("target", $"the target column '{target}' is also listed under 'drop'.");
        return new DataSpec
        {
            File = file,
            Sha256 = ReadSha256(reader),
            Drop = drop,
            Target = target,
            Standardize = ReadStandardization(reader),
            Intercept = reader.OptionalFlag("intercept") ?? false,
        };
    }

    private static string? ReadSha256(YamlMappingReader reader)
    {
        var sha256 = reader.OptionalText("sha256");
        // Checked here so a pasted-in truncated hash fails at load, not as a puzzling mismatch at grading time.
        if (sha256 is not null && (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigit)))
            throw reader.ErrorAt("sha256", $"field 'sha256' must be 64 hexadecimal digits, found '{sha256}'.");
        return sha256;
    }

    private static Standardization ReadStandardization(YamlMappingReader reader)
    {
        var text = reader.OptionalText("standardize");
        if (text is null) return Standardization.None;
        if (Standardizations.TryGetValue(text, out var standardization)) return standardization;
        throw reader.ErrorAt("standardize",
            $"field 'standardize' must be one of {string.Join(", ", Standardizations.Keys.Select(k => $"'{k}'"))}, " +
            $"found '{text}'" + KeySuggester.HintOrPeriod(text, Standardizations.Keys));
    }
}
