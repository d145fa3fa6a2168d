namespace Grading.Core.Compiling;

/// <summary>
/// The .cs files of a submission, a folder or a .zip of one, with names relative to it, and notes about
/// how they were read (not UTF-8, links left out) for the result.
/// </summary>
public sealed class SubmissionSource
{
    private static readonly HashSet<string> IgnoredFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", ".git", ".vs", ".idea", "__MACOSX",
    };

    private SubmissionSource(string root, string name, IReadOnlyList<SourceFile> files, IReadOnlyList<CompilerDiagnostic> notes)
    {
        Root = root;
        Name = name;
        Files = files;
        Notes = notes;
    }

    /// <summary>The full path of the folder or zip.</summary>
    public string Root { get; }
    /// <summary>The folder's name, or the zip's without its extension: the default student id.</summary>
    public string Name { get; }
    public IReadOnlyList<SourceFile> Files { get; }
    public IReadOnlyList<CompilerDiagnostic> Notes { get; }

    /// <summary>The same submission with only <paramref name="files"/>.</summary>
    public SubmissionSource With(IReadOnlyList<SourceFile> files) => new(Root, Name, files, Notes);

    /// <summary>Build output, tool state and macOS zip metadata: never the student's source.</summary>
    public static bool IsIgnoredFolder(string name) => IgnoredFolders.Contains(name);

    /// <summary>Reads every .cs file below <paramref name="path"/> (a folder or a .zip), skipping build output and tool folders.</summary>
    public static SubmissionSource Read(string path, SourceLimits? limits = null)
    {
        limits ??= SourceLimits.Default;
        string root = Path.GetFullPath(path);
        var collector = new SourceCollector(path, limits);
        string name;
        if (Directory.Exists(root))
        {
            FolderSourceReader.Read(root, collector);
            name = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
        }
        else if (File.Exists(root))
        {
            // A .zip that is not one gets the zip reader's "not a readable zip archive", not "not a folder".
            if (!IsZip(root) && !root.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) throw new SubmissionException($"'{path}' is a file, not a submission folder or a .zip of one.");
            ZipSourceReader.Read(root, limits, collector);
            name = Path.GetFileNameWithoutExtension(root);
        }
        else
        {
            throw new SubmissionException($"The submission folder '{path}' does not exist.");
        }
        if (collector.Files.Count == 0)
            throw new SubmissionException($"The submission {(Directory.Exists(root) ? "folder" : "zip")} '{path}' holds no .cs files.");
        collector.Files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new SubmissionSource(root, name, collector.Files, collector.Notes);
    }

    /// <summary>A local file header, or the end record that is all an empty archive holds.</summary>
    private static bool IsZip(string file)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(file);
        return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic is [(byte)'P', (byte)'K', 3, 4] or [(byte)'P', (byte)'K', 5, 6];
    }
}
