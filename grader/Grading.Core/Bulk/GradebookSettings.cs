using System.Text.Json;
using Grading.Core.IO;
using Grading.Core.Results;

namespace Grading.Core.Bulk;

/// <summary>
/// What the gradebook exports need beyond the results, kept in the output folder (<c>gradebook.json</c>)
/// so that <c>rescore</c> and a later <c>bulk</c> write the same gradebook as the run that was told.
/// </summary>
public sealed record GradebookSettings
{
    public const string FileName = "gradebook.json";

    /// <summary>Canvas's number for the assignment (in its URL, <c>/assignments/12345</c>): the grade column
    /// is then <c>&lt;title&gt; (12345)</c>, which Canvas's import matches to that assignment. Null: the title
    /// alone, which Canvas matches by name or imports as a new assignment.</summary>
    public long? CanvasAssignmentId { get; init; }

    /// <summary>The roster column that becomes <c>moodle.csv</c>'s identifier (null: the id, Moodle's ID number).</summary>
    public MoodleIdentifier? MoodleIdentifier { get; init; }

    public static GradebookSettings Read(BulkLayout layout)
    {
        string path = Path.Combine(layout.Root, FileName);
        if (!File.Exists(path)) return new GradebookSettings();
        try
        {
            return JsonSerializer.Deserialize<GradebookSettings>(File.ReadAllText(path), ResultJson.Options) ?? new GradebookSettings();
        }
        catch (JsonException e)
        {
            throw new BulkInputException($"{path}: not readable ({e.Message}); delete it and give --canvas-assignment-id and --moodle-identifier again.", e);
        }
    }

    public void Write(BulkLayout layout)
    {
        Directory.CreateDirectory(layout.Root);
        AtomicFile.WriteAllText(Path.Combine(layout.Root, FileName), JsonSerializer.Serialize(this, ResultJson.Options));
    }
}
