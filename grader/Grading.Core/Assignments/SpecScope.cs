using YamlDotNet.Core;

namespace Grading.Core.Assignments;

/// <summary>
/// Where in the spec a parser is working: the file, the machine path of the current mapping
/// (<c>sections[1].checks[0]</c>) and the words a person reads for it (<c>section '1.2', check 1</c>).
/// Every error is built here so all of them share one format.
/// </summary>
public sealed record SpecScope(string File, string Path, string Description)
{
    public static SpecScope Root(string file) => new(file, "", "");

    /// <summary>A nested mapping; <paramref name="segment"/> is its path step, e.g. <c>checks[0]</c>.</summary>
    public SpecScope Child(string segment, string description) =>
        new(File, Path.Length == 0 ? segment : $"{Path}.{segment}", description);

    public string FieldPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>An error about <paramref name="key"/> of this mapping, or about the mapping itself when null.</summary>
    public AssignmentSpecException Error(Mark at, string? key, string problem) =>
        new(File,
            checked((int)at.Line),
            checked((int)at.Column),
            key is null ? (Path.Length == 0 ? null : Path) : FieldPath(key),
            Description.Length == 0 ? problem : $"{Description}: {problem}");
}
