using Grading.Core.Archives;
using Grading.Core.IO;
using Microsoft.Win32.SafeHandles;

namespace Grading.Core.Bulk;

/// <summary>
/// Lists a class's submissions: each sub-folder or <c>.zip</c> of the class folder is one student's
/// (a GitHub Classroom download is such a folder). The class may itself be a zip, extracted first; a student
/// whose files in it were refused (see <see cref="SafeZipExtractor"/>) is listed with the reason.
/// Students are matched to the roster; roster students with nothing handed in are listed too.
/// The order is the students' ids, so a shard is the same slice on every machine.
/// </summary>
public static class SubmissionDiscovery
{
    // What keeps the /proc/self/fd paths of students whose names are not UTF-8 valid: a bulk run reads them to its end.
    private static readonly List<IDisposable> HeldOpen = [];

    public static DiscoveredClass Discover(string classPath, Roster roster, string workFolder)
    {
        var (folder, refused, warnings) = ClassFolder(classPath, workFolder);
        var found = new Dictionary<string, ClassSubmission>(StringComparer.OrdinalIgnoreCase);
        var candidates = Candidates(folder).Select(c => (c.Name, Source: (string?)c.Source, Refusal: (string?)null))
            .Concat(refused.Select(r => (Name: r.Key, Source: (string?)null, Refusal: (string?)r.Value)))
            .OrderBy(c => c.Name, StringComparer.Ordinal);
        foreach (var (fileName, source, refusal) in candidates)
        {
            string name = fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? fileName[..^4] : fileName;
            var student = roster.Match(name);
            var submission = student is not null
                ? new ClassSubmission(student, source, Refusal: refusal)
                : roster.Students.Count > 0
                    ? new ClassSubmission(new RosterEntry(name) { OnRoster = false }, source, $"'{name}' matches no one on the roster", refusal)
                    : new ClassSubmission(new RosterEntry(name), source, null, refusal);
            if (!found.TryAdd(submission.Student.Id, submission))
                throw new BulkInputException($"{fileName} and {Path.GetFileName(found[submission.Student.Id].Source) ?? "another folder or zip"} are both {submission.Student.Id}'s: keep one.");
        }
        foreach (var student in roster.Students.Where(s => !found.ContainsKey(s.Id)))
            found[student.Id] = new ClassSubmission(student, null, "nothing handed in");
        var all = found.Values.OrderBy(s => s.Student.Id, StringComparer.Ordinal).ToList();
        BulkLayout.CheckDistinctFolders(all.Select(s => s.Student.Id));
        return new DiscoveredClass(all, warnings);
    }

    /// <summary>Each student's folder or zip: its name, and a path to read it by.</summary>
    private static IEnumerable<(string Name, string Source)> Candidates(string folder)
    {
        var named = Directory.EnumerateDirectories(folder).Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Concat(Directory.EnumerateFiles(folder, "*.zip"))
            .Where(path => !Path.GetFileName(path).Contains('\uFFFD'))
            .Select(path => (Name: Path.GetFileName(path), Source: path));
        return named.Concat(Undecodable(folder)).OrderBy(c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>
    /// Folders and zips whose names are not UTF-8 (<see cref="RawFileNames"/>): named with the bad bytes escaped
    /// (<c>Fran\xE7ois</c>) and read through <c>/proc/self/fd</c>, so they stay open until the process ends.
    /// </summary>
    private static IEnumerable<(string Name, string Source)> Undecodable(string folder)
    {
        foreach (var entry in RawFileNames.Undecodable(folder).Where(e => !e.IsLink && e.Name is not [(byte)'.', ..]))
        {
            if (entry.IsFolder)
            {
                var handle = RawFileNames.OpenFolder(folder, entry);
                yield return (entry.Display, Hold(handle, handle));
            }
            else if (entry.Display.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                var zip = RawFileNames.OpenFile(folder, entry);
                yield return (entry.Display, Hold(zip, zip.SafeFileHandle));
            }
        }
    }

    private static string Hold(IDisposable owner, SafeFileHandle handle)
    {
        lock (HeldOpen) HeldOpen.Add(owner);
        return RawFileNames.PathOf(handle);
    }

    /// <summary>The folder holding the students' folders: the class folder itself, or a class zip extracted
    /// (inside a single top folder, as zipping a folder makes), with the students whose files were refused.</summary>
    private static (string Folder, IReadOnlyDictionary<string, string> Refused, IReadOnlyList<string> Warnings) ClassFolder(string classPath, string workFolder)
    {
        if (Directory.Exists(classPath)) return (Path.GetFullPath(classPath), new Dictionary<string, string>(), []);
        if (!File.Exists(classPath)) throw new BulkInputException($"The class folder '{classPath}' does not exist.");
        if (!classPath.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            throw new BulkInputException($"'{classPath}' is neither a folder nor a .zip of submissions.");
        string target = Path.Combine(workFolder, "class");
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        ZipExtraction extraction;
        try
        {
            extraction = SafeZipExtractor.Extract(classPath, target, ZipLimits.Class);
        }
        catch (ArchiveException e)
        {
            throw new BulkInputException($"The class zip cannot be used: {e.Message}", e);
        }
        var warnings = extraction.Unplaced
            .Select(problem => $"{Path.GetFileName(classPath)}: an entry in no student's folder was left out: it {problem}")
            .ToList();
        return (extraction.Folder, extraction.RefusedStudents, warnings);
    }
}
