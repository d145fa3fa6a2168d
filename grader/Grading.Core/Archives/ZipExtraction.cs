namespace Grading.Core.Archives;

/// <summary>What extracting a class zip left: the folder holding the students' folders and the entries refused.</summary>
/// <param name="Folder">The extracted class folder (inside the single folder that wraps everything, when there is one).</param>
/// <param name="Refused">Every refused entry, in zip order; a student with any refused entry is not extracted at all.</param>
public sealed record ZipExtraction(string Folder, IReadOnlyList<RefusedEntry> Refused)
{
    /// <summary>The first reason each student's folder was refused, by top-level name.</summary>
    public IReadOnlyDictionary<string, string> RefusedStudents =>
        Refused.Where(r => r.Student is not null).GroupBy(r => r.Student!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Reason, StringComparer.Ordinal);

    /// <summary>Refused entries that lie in no student's folder: the class is still graded, course staff are told.</summary>
    public IEnumerable<string> Unplaced => Refused.Where(r => r.Student is null).Select(r => r.Problem);
}
