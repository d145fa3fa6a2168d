namespace Grading.Core.Compiling;

/// <summary>
/// Reads the .cs files below a folder. Symbolic links are not followed: a link could pull in files from
/// outside the submission (another student's, or the grader's) or loop forever.
/// </summary>
internal static class FolderSourceReader
{
    public static void Read(string root, SourceCollector collector) => Collect(root, root, collector);

    private static void Collect(string root, string folder, SourceCollector collector)
    {
        foreach (string file in Directory.EnumerateFiles(folder, "*.cs").Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var info = new FileInfo(file);
            if (info.LinkTarget is not null)
            {
                collector.Skip(relative, "SRC002", "the file is a symbolic link; links are not followed, so it was left out.");
                continue;
            }
            collector.Add(relative, info.Length, () => Open(relative, file));
        }
        foreach (string sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (SubmissionSource.IsIgnoredFolder(Path.GetFileName(sub))) continue;
            if (new DirectoryInfo(sub).LinkTarget is not null)
            {
                collector.Skip(Path.GetRelativePath(root, sub).Replace('\\', '/') + "/", "SRC002",
                    "the folder is a symbolic link; links are not followed, so it was left out.");
                continue;
            }
            Collect(root, sub, collector);
        }
    }

    private static FileStream Open(string relative, string file)
    {
        try
        {
            return File.OpenRead(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SubmissionException($"{relative} cannot be read: {e.Message}");
        }
    }
}
