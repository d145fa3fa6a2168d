using YamlDotNet.RepresentationModel;

namespace Grading.Core.Assignments;

/// <summary>Reads one entry of a section's <c>questions:</c> list.</summary>
internal static class QuestionSpecParser
{
    private static readonly string[] Keys = ["text", "min_words"];

    public static QuestionSpec Parse(YamlMappingNode mapping, SpecScope scope)
    {
        var reader = new YamlMappingReader(mapping, scope, Keys);
        var text = reader.RequiredText("text");
        var minWords = reader.OptionalWholeNumber("min_words");
        // Zero would let an empty answer count as given, defeating the presence check.
        if (minWords is { } given) reader.EnsurePositive("min_words", given);
        // Only an explicit value overrides the model's default, which stays defined in one place.
        return minWords is { } words ? new QuestionSpec { Text = text, MinWords = words } : new QuestionSpec { Text = text };
    }
}
