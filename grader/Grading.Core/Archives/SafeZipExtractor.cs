using System.IO.Compression;

namespace Grading.Core.Archives;

/// <summary>
/// Extracts an untrusted zip into a folder. Every entry must land inside that folder (no <c>..</c>,
/// no absolute paths, no symbolic links), and the bytes actually written are counted against the
/// limits as they are written: a zip's declared sizes are the attacker's to choose, so they are not
/// trusted. On any violation the folder is left partly written and an <see cref="ArchiveException"/>
/// names the entry; the caller owns the folder and deletes it.
/// </summary>
public static class SafeZipExtractor
{
    // Unix file type bits in the upper half of a zip entry's external attributes.
    private const int UnixTypeMask = 0xF000;
    private const int UnixSymlink = 0xA000;

    public static void Extract(string zipPath, string destination, ZipLimits limits)
    {
        string root = Path.GetFullPath(destination);
        Directory.CreateDirectory(root);
        string name = Path.GetFileName(zipPath);
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException e)
        {
            throw new ArchiveException($"{name} is not a readable zip file ({e.Message}).", e);
        }
        using (archive)
        {
            if (archive.Entries.Count > limits.MaxEntries)
                throw new ArchiveException($"{name} holds {archive.Entries.Count} entries; at most {limits.MaxEntries} are accepted.");
            long total = 0;
            foreach (var entry in archive.Entries) total += ExtractEntry(entry, root, name, limits, limits.MaxTotalBytes - total);
        }
    }

    /// <summary>Writes one entry and returns the bytes written.</summary>
    private static long ExtractEntry(ZipArchiveEntry entry, string root, string zipName, ZipLimits limits, long budget)
    {
        string target = TargetPath(entry, root, zipName);
        if (((entry.ExternalAttributes >> 16) & UnixTypeMask) == UnixSymlink)
            throw new ArchiveException($"{zipName}: '{entry.FullName}' is a symbolic link; links are not accepted.");
        if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
        {
            Directory.CreateDirectory(target);
            return 0;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        long allowed = Math.Min(limits.MaxEntryBytes, budget);
        long ratioAllowed = (long)Math.Min(long.MaxValue / 2, Math.Max(1, entry.CompressedLength) * limits.MaxCompressionRatio);
        try
        {
            using var input = entry.Open();
            using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            return CopyBounded(input, output, Math.Min(allowed, Math.Max(ratioAllowed, 64 * 1024)), entry.FullName, zipName);
        }
        catch (InvalidDataException e)
        {
            throw new ArchiveException($"{zipName}: '{entry.FullName}' is damaged ({e.Message}).", e);
        }
        catch (IOException e)
        {
            throw new ArchiveException($"{zipName}: '{entry.FullName}' appears twice or cannot be written ({e.Message}).", e);
        }
    }

    private static string TargetPath(ZipArchiveEntry entry, string root, string zipName)
    {
        string relative = entry.FullName.Replace('\\', '/');
        if (relative.Length == 0 || relative.StartsWith('/') || Path.IsPathRooted(relative) || relative.Contains(':'))
            throw new ArchiveException($"{zipName}: '{entry.FullName}' is an absolute path; entries must stay inside the folder.");
        string target = Path.GetFullPath(Path.Combine(root, relative));
        if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && target != root)
            throw new ArchiveException($"{zipName}: '{entry.FullName}' would be written outside the folder.");
        return target;
    }

    // A small compressed entry may expand a little beyond the ratio (tiny files compress badly), hence
    // the 64 KiB floor above; beyond it, the ratio and the byte budgets stop a bomb mid-stream.
    private static long CopyBounded(Stream input, Stream output, long limit, string entryName, string zipName)
    {
        var buffer = new byte[81920];
        long written = 0;
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            written += read;
            if (written > limit)
                throw new ArchiveException($"{zipName}: '{entryName}' expands past {limit / 1024} KiB (a zip bomb?); extraction stopped.");
            output.Write(buffer, 0, read);
        }
        return written;
    }
}
