using YamlDotNet.RepresentationModel;

namespace Grading.Core.Assignments;

/// <summary>
/// Reads one entry of the top-level <c>policy:</c> list: either <c>{ allow: pattern }</c>, an API submissions may
/// use besides the built-in list, or a rule in the form of a section's (<c>forbid</c>, <c>api</c> with bounds,
/// <c>message</c>, <c>except</c>), an API they may not.
/// </summary>
internal static class PolicyEntryParser
{
    private const string AllowKey = "allow";

    public static PolicyEntry Parse(YamlMappingNode mapping, SpecScope scope)
    {
        if (!mapping.Children.ContainsKey(new YamlScalarNode(AllowKey)))
            return new PolicyEntry(RuleSpecParser.Parse(mapping, scope), null);
        // Only the pattern: an allowed API needs no message, and a carve-out is a forbid entry of its own.
        var reader = new YamlMappingReader(mapping, scope, [AllowKey]);
        var pattern = reader.RequiredText(AllowKey);
        try
        {
            _ = Rules.ApiPattern.Parse(pattern);
        }
        catch (FormatException error)
        {
            throw reader.ErrorAt(AllowKey, error.Message);
        }
        return new PolicyEntry(null, pattern.Trim());
    }
}
