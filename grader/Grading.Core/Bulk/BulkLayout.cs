using System.Text.Json;
using Grading.Core.IO;
using Grading.Core.Results;

namespace Grading.Core.Bulk;

/// <summary>
/// The output folder of a bulk run: <c>students/&lt;id&gt;/</c> holds each student's <c>result.json</c>,
/// <c>result.html</c> and <c>record.json</c>; the gradebook exports and the class summary sit at the top;
/// <c>.work/</c> holds extracted zips while they are graded.
/// </summary>
public sealed class BulkLayout(string root)
{
    public const string RecordFile = "record.json";
    public const string ResultFile = "result.json";
    public const string ReportFile = "result.html";

    public string Root { get; } = Path.GetFullPath(root);
    public string StudentsFolder => Path.Combine(Root, "students");
    public string WorkFolder => Path.Combine(Root, ".work");

    public string StudentFolder(string id) => Path.Combine(StudentsFolder, FolderName(id));
    public string ResultPath(string id) => Path.Combine(StudentFolder(id), ResultFile);
    public string ReportPath(string id) => Path.Combine(StudentFolder(id), ReportFile);
    public string RecordPath(string id) => Path.Combine(StudentFolder(id), RecordFile);

    /// <summary>A student id as a folder name: letters, digits and <c>-_.@</c> kept, anything else <c>_</c>.</summary>
    public static string FolderName(string id)
    {
        string safe = string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@' ? c : '_')).TrimStart('.');
        return safe.Length > 0 ? safe : "_";
    }

    /// <summary>Two ids that would share a folder are an input error, caught before anything is written.</summary>
    public static void CheckDistinctFolders(IEnumerable<string> ids)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string id in ids)
            if (!seen.TryAdd(FolderName(id), id))
                throw new BulkInputException($"The students '{seen[FolderName(id)]}' and '{id}' would share the output folder '{FolderName(id)}'.");
    }

    public StudentRecord? ReadRecord(string id) => ReadRecordFile(RecordPath(id));

    public void WriteRecord(StudentRecord record) =>
        AtomicFile.WriteAllText(RecordPath(record.Student.Id), JsonSerializer.Serialize(record, ResultJson.Options));

    /// <summary>Every student record in the folder, in id order.</summary>
    public IReadOnlyList<StudentRecord> ReadRecords() => !Directory.Exists(StudentsFolder) ? [] :
        Directory.EnumerateDirectories(StudentsFolder)
            .Select(d => ReadRecordFile(Path.Combine(d, RecordFile)))
            .OfType<StudentRecord>()
            .OrderBy(r => r.Student.Id, StringComparer.Ordinal)
            .ToList();

    public GradingResult ReadResult(string id) => ResultJson.Deserialize(File.ReadAllText(ResultPath(id)));

    // A record is written last; one that cannot be read was never finished, and its student is graded again.
    private static StudentRecord? ReadRecordFile(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<StudentRecord>(File.ReadAllText(path), ResultJson.Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
