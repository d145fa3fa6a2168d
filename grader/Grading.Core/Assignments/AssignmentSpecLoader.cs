using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grading.Core.Assignments;

/// <summary>
/// Loads <c>assignment.yml</c> into an <see cref="AssignmentSpec"/> and validates it. The YAML is walked
/// node by node (not deserialized by reflection) so every problem is reported with its file, line,
/// column and field path, as an <see cref="AssignmentSpecException"/>.
/// </summary>
public static class AssignmentSpecLoader
{
    /// <summary>Loads and validates; throws <see cref="AssignmentSpecException"/> on any problem.</summary>
    /// <param name="yamlPath">The YAML file; messages name it as given here.</param>
    /// <param name="vocabularyOf">Given the harness the file names, the check kinds and blocks it adds; when null,
    /// only the engine's own fields are known and any check kind is accepted.</param>
    public static AssignmentSpec Load(string yamlPath, Func<string, SpecVocabulary>? vocabularyOf = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(yamlPath);
        if (!System.IO.File.Exists(yamlPath))
            throw new AssignmentSpecException(yamlPath, 0, 0, null,
                $"the file does not exist (looked for '{Path.GetFullPath(yamlPath)}').");
        string yamlText;
        try
        {
            yamlText = System.IO.File.ReadAllText(yamlPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AssignmentSpecException(yamlPath, 0, 0, null, $"the file cannot be read: {e.Message}", e);
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(yamlPath)) ?? Path.GetFullPath(".");
        var scope = SpecScope.Root(yamlPath);
        var root = ReadRootMapping(yamlText, scope);
        // The harness is named inside the file it extends: peek at it, then validate the whole file once.
        var harness = YamlMappingReader.PeekText(root, "harness");
        // Without a usable name the engine's fields alone apply, and the parser says what is wrong with 'harness'.
        var vocabulary = !string.IsNullOrWhiteSpace(harness) && vocabularyOf is not null ? vocabularyOf(harness) : SpecVocabulary.EngineOnly;
        return AssignmentSpecParser.Parse(root, scope, directory, vocabulary);
    }

    /// <summary>Parses and validates YAML text that was read elsewhere.</summary>
    /// <param name="displayPath">How messages name the file.</param>
    /// <param name="directory">Becomes <see cref="AssignmentSpec.Directory"/>, against which relative paths resolve.</param>
    /// <param name="vocabulary">The harness's check kinds and blocks; null: the engine's fields only, any check kind.</param>
    public static AssignmentSpec Parse(string yamlText, string displayPath, string directory, SpecVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(directory);
        var scope = SpecScope.Root(displayPath);
        var root = ReadRootMapping(yamlText, scope);
        return AssignmentSpecParser.Parse(root, scope, directory, vocabulary ?? SpecVocabulary.EngineOnly);
    }

    private static YamlMappingNode ReadRootMapping(string yamlText, SpecScope scope)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException e)
        {
            throw new AssignmentSpecException(scope.File, checked((int)e.Start.Line), checked((int)e.Start.Column), null,
                $"invalid YAML: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this, not a YamlException, when the text ends inside a flow
            // collection ("seed: [2025" with nothing after it); the end of the file is where it stopped.
            int lines = yamlText.TrimEnd('\n', '\r').Split('\n').Length;
            throw new AssignmentSpecException(scope.File, lines, 1, null,
                "invalid YAML: the file ends inside an unfinished value (is a '[', '{' or quote left unclosed?).", e);
        }

        if (stream.Documents.Count == 0)
            throw new AssignmentSpecException(scope.File, 1, 1, null,
                "the file is empty; expected a mapping with fields such as 'id', 'title', 'harness' and 'sections'.");
        if (stream.Documents.Count > 1)
            throw scope.Error(stream.Documents[1].RootNode.Start, null,
                $"the file holds {stream.Documents.Count} YAML documents; expected exactly one.");
        var root = stream.Documents[0].RootNode;
        return root as YamlMappingNode ?? throw scope.Error(root.Start, null,
            $"the top level must be a mapping of fields such as 'id: ...' and 'sections: ...', found {YamlValueReader.Describe(root)}.");
    }
}
