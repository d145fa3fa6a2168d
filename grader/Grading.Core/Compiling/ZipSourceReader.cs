using System.IO.Compression;

namespace Grading.Core.Compiling;

/// <summary>
/// Reads the .cs files of a zipped submission straight from the archive, never extracting to disk. An
/// entry whose name climbs out of the archive (<c>../x.cs</c>, <c>/etc/x.cs</c>) marks a hostile or broken
/// archive and rejects it whole; sizes are bounded as they are read (see <see cref="SourceCollector"/>).
/// A single folder wrapping everything (students zip the folder, not its contents) is dropped from names.
/// </summary>
internal static class ZipSourceReader
{
    public static void Read(string zipPath, SourceLimits limits, SourceCollector collector)
    {
        string name = Path.GetFileName(zipPath);
        try
        {
            using var archive = ZipFile.OpenRead(zipPath);
            if (archive.Entries.Count > limits.MaxArchiveEntries)
                throw new SubmissionException($"The zip '{name}' lists {archive.Entries.Count} entries; a submission may have at most {limits.MaxArchiveEntries}.");
            var sources = new List<(string Path, ZipArchiveEntry Entry)>();
            foreach (var entry in archive.Entries)
            {
                string path = entry.FullName.Replace('\\', '/');
                string[] segments = path.Split('/');
                if (path.StartsWith('/') || (segments[0].Length == 2 && segments[0][1] == ':') || segments.Contains(".."))
                    throw new SubmissionException($"The zip '{name}' has an entry '{entry.FullName}' that points outside the submission folder; such archives are rejected.");
                if (path.EndsWith('/') || !path.EndsWith(".cs", StringComparison.Ordinal)) continue;
                if (segments[..^1].Any(SubmissionSource.IsIgnoredFolder)) continue;
                sources.Add((path, entry));
            }
            string wrapper = CommonFolder(sources.Select(s => s.Path).ToList());
            foreach (var (path, entry) in sources.OrderBy(s => s.Path, StringComparer.Ordinal))
            {
                string relative = path[wrapper.Length..];
                if (IsSymbolicLink(entry)) collector.Skip(relative, "SRC002", "the zip stores this file as a symbolic link; links are not followed, so it was left out.");
                else collector.Add(relative, entry.Length, entry.Open);
            }
        }
        catch (InvalidDataException e)
        {
            throw new SubmissionException($"'{name}' is not a readable zip archive: {e.Message}");
        }
    }

    /// <summary>"alice/" when every file lies below that one folder, else "".</summary>
    private static string CommonFolder(List<string> paths)
    {
        if (paths.Count == 0 || paths.Any(p => !p.Contains('/'))) return "";
        string first = paths[0][..(paths[0].IndexOf('/') + 1)];
        return paths.All(p => p.StartsWith(first, StringComparison.Ordinal)) ? first : "";
    }

    // Unix zip tools keep the file mode in the high 16 bits of the external attributes; 0xA000 is a link.
    private static bool IsSymbolicLink(ZipArchiveEntry entry) => ((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000;
}
