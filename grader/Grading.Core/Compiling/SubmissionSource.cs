using System.Text;

namespace Grading.Core.Compiling;

/// <summary>The .cs files of a submission folder, with names relative to that folder.</summary>
public sealed class SubmissionSource
{
    private static readonly HashSet<string> IgnoredFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", ".vs", ".idea" };

    private SubmissionSource(string root, IReadOnlyList<SourceFile> files)
    {
        Root = root;
        Files = files;
    }

    public string Root { get; }
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>The same submission with only <paramref name="files"/>.</summary>
    public SubmissionSource With(IReadOnlyList<SourceFile> files) => new(Root, files);

    /// <summary>Reads every .cs file below <paramref name="folder"/>, skipping build output and tool folders.</summary>
    public static SubmissionSource Read(string folder)
    {
        string root = Path.GetFullPath(folder);
        if (!Directory.Exists(root)) throw new SubmissionException($"The submission folder '{folder}' does not exist.");
        var files = new List<SourceFile>();
        Collect(root, root, files);
        if (files.Count == 0) throw new SubmissionException($"The submission folder '{folder}' holds no .cs files.");
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new SubmissionSource(root, files);
    }

    private static void Collect(string root, string folder, List<SourceFile> files)
    {
        foreach (string file in Directory.EnumerateFiles(folder, "*.cs"))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            files.Add(new SourceFile(relative, File.ReadAllText(file, Encoding.UTF8)));
        }
        foreach (string sub in Directory.EnumerateDirectories(folder))
        {
            if (!IgnoredFolders.Contains(Path.GetFileName(sub))) Collect(root, sub, files);
        }
    }
}
