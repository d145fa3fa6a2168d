using System.IO.Compression;

namespace Grading.Core.Archives;

/// <summary>
/// Extracts an untrusted class zip into a folder, one student's folder (or zip) at a time in effect: an entry that
/// is unsafe (a symbolic link, a name climbing out with <c>..</c>, an absolute path, a name that is not valid UTF-8
/// or has control characters) or too big (past the per-entry, per-student or class byte budgets, or a compression
/// ratio only a zip bomb has) is refused, and with it the whole folder of the student it belongs to, which is then
/// deleted; everyone else's files are extracted. Bytes are counted as they are written: a zip's declared sizes are
/// the attacker's to choose. Only a zip that cannot be read at all throws (<see cref="ArchiveException"/>).
/// </summary>
public static class SafeZipExtractor
{
    // Unix file type bits in the upper half of a zip entry's external attributes.
    private const int UnixTypeMask = 0xF000;
    private const int UnixSymlink = 0xA000;

    public static ZipExtraction Extract(string zipPath, string destination, ZipLimits limits)
    {
        string root = Path.GetFullPath(destination);
        Directory.CreateDirectory(root);
        string name = Path.GetFileName(zipPath);
        try
        {
            using var archive = ZipFile.OpenRead(zipPath);
            var entries = archive.Entries;
            string wrapper = ClassEntryName.Wrapper(entries.Select(e => e.FullName).ToList());
            string folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(root, wrapper)));
            Directory.CreateDirectory(folder);
            var budget = new ExtractionBudget(limits);
            var refused = new List<RefusedEntry>();
            var refusedStudents = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var entryName = ClassEntryName.Of(entry.FullName, wrapper);
                if (entryName.Path.Length == 0) continue; // the wrapping folder's own entry
                if (entryName.Student is { } owner && refusedStudents.Contains(owner)) continue; // already out: skip the rest of theirs
                string? problem = Problem(entry, entryName, budget) ?? Write(entry, entryName, folder, budget);
                if (problem is null) continue;
                refused.Add(new RefusedEntry(entryName.Student, problem));
                if (entryName.Student is { } student && refusedStudents.Add(student)) Delete(Path.Combine(folder, student));
            }
            return new ZipExtraction(folder, refused);
        }
        catch (InvalidDataException e)
        {
            throw new ArchiveException($"{name} is not a readable zip file ({e.Message}).", e);
        }
    }

    /// <summary>Why the entry may not be extracted at all, judged on its name and kind before any byte is written.</summary>
    private static string? Problem(ZipArchiveEntry entry, ClassEntryName name, ExtractionBudget budget)
    {
        if (name.Problem is { } problem) return problem;
        if (((entry.ExternalAttributes >> 16) & UnixTypeMask) == UnixSymlink)
            return $"contains a symbolic link `{name.InStudent}`; submit the files themselves, not links to them.";
        return budget.CountEntry(name.Student);
    }

    /// <summary>Writes one entry under the budgets; the reason it was stopped, or null when it was written.</summary>
    private static string? Write(ZipArchiveEntry entry, ClassEntryName name, string folder, ExtractionBudget budget)
    {
        string target = Path.GetFullPath(Path.Combine(folder, name.Path));
        if (!target.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return $"contains `{name.InStudent}`, a name that would be written outside its folder; such archives are refused.";
        if (name.IsFolder)
        {
            Directory.CreateDirectory(target);
            return null;
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var input = entry.Open();
            using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            string? stopped = budget.Copy(input, output, entry.CompressedLength, name);
            if (stopped is not null)
            {
                output.Dispose();
                File.Delete(target);
            }
            return stopped;
        }
        catch (InvalidDataException e)
        {
            return $"has a damaged file `{name.InStudent}` in the class zip ({e.Message}); zip it again and resubmit.";
        }
        catch (IOException e)
        {
            return $"has `{name.InStudent}` twice in the class zip, or it cannot be written ({e.Message}).";
        }
    }

    private static void Delete(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        else if (File.Exists(path)) File.Delete(path);
    }
}
