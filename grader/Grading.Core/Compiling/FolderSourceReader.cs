using Grading.Core.IO;

namespace Grading.Core.Compiling;

/// <summary>
/// Reads the .cs files below a folder. Symbolic links are not followed: a link could pull in files from
/// outside the submission (another student's, or the grader's) or loop forever. A name whose bytes are not
/// UTF-8 is read by its bytes (<see cref="RawFileNames"/>) and named with its bad bytes escaped (<c>Se\xE7tion.cs</c>).
/// </summary>
internal static class FolderSourceReader
{
    private const string LinkedFile = "the file is a symbolic link; links are not followed, so it was left out.";
    private const string LinkedFolder = "the folder is a symbolic link; links are not followed, so it was left out.";

    public static void Read(string root, SourceCollector collector) => Collect(root, "", collector);

    /// <param name="folder">A path .NET can open (for a folder with an undecodable name, its <c>/proc/self/fd</c> path).</param>
    /// <param name="prefix">The folder's name relative to the submission, with a trailing slash: what messages call it.</param>
    private static void Collect(string folder, string prefix, SourceCollector collector)
    {
        foreach (string file in Directory.EnumerateFiles(folder, "*.cs").Where(Decoded).Order(StringComparer.Ordinal))
        {
            string relative = prefix + Path.GetFileName(file);
            var info = new FileInfo(file);
            if (info.LinkTarget is not null)
            {
                collector.Skip(relative, "SRC002", LinkedFile);
                continue;
            }
            collector.Add(relative, info.Length, () => Open(relative, () => File.OpenRead(file)));
        }
        var undecodable = RawFileNames.Undecodable(folder);
        foreach (var entry in undecodable.Where(e => !e.IsFolder && e.Name.AsSpan().EndsWith(".cs"u8)))
        {
            string relative = prefix + entry.Display;
            if (entry.IsLink) collector.Skip(relative, "SRC002", LinkedFile);
            else collector.Add(relative, 0, () => Open(relative, () => RawFileNames.OpenFile(folder, entry)));
        }
        foreach (string sub in Directory.EnumerateDirectories(folder).Where(Decoded).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(sub);
            if (SubmissionSource.IsIgnoredFolder(name)) continue;
            if (new DirectoryInfo(sub).LinkTarget is not null)
            {
                collector.Skip(prefix + name + "/", "SRC002", LinkedFolder);
                continue;
            }
            Collect(sub, prefix + name + "/", collector);
        }
        foreach (var entry in undecodable.Where(e => e.IsFolder))
        {
            using var handle = Open(prefix + entry.Display + "/", () => RawFileNames.OpenFolder(folder, entry));
            Collect(RawFileNames.PathOf(handle), prefix + entry.Display + "/", collector);
        }
    }

    // A name .NET decoded with U+FFFD opens nothing under that name: RawFileNames lists and opens it instead.
    private static bool Decoded(string path) => !Path.GetFileName(path).Contains('\uFFFD');

    private static T Open<T>(string relative, Func<T> open)
    {
        try
        {
            return open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SubmissionException($"{relative} cannot be read: {e.Message}");
        }
    }
}
