using System.Text.Json;
using Grading.Core.Bulk;
using Grading.Core.IO;
using Grading.Core.Results;

namespace Grading.Core.Audit;

/// <summary>
/// The saved grade of every mutant an audit graded, so that a stopped or repeated audit grades only what it has
/// not: one file per mutant under <c>mutants/</c>, named by a key of what decides its grade (the assignment's run and
/// scoring keys, which cover the grader's and harness's builds, and the files it is graded with). An edit to the
/// reference or to a check changes the keys and the mutants are graded again; nothing else does.
/// </summary>
internal sealed class AuditStore(string outFolder, AssignmentKeys assignment)
{
    private string Folder => Path.Combine(outFolder, "mutants");

    /// <param name="files">Every file the mutant is graded with (<see cref="SectionSources.FilesOf"/>): an edit to a
    /// helper file of its section changes its grade as much as an edit to the mutated file.</param>
    public string KeyOf(Mutant mutant, IReadOnlyList<(string Path, string Text)> files, int variantSeed) =>
        ContentHash.Combine([assignment.Run, assignment.Scoring, variantSeed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.Join(",", mutant.Sections), .. files.SelectMany(f => new[] { f.Path, f.Text })])[..24];

    public MutantResult? TryLoad(string key, Mutant mutant)
    {
        string path = Path.Combine(Folder, key + ".json");
        try
        {
            if (!File.Exists(path)) return null;
            var saved = JsonSerializer.Deserialize<MutantResult>(File.ReadAllText(path), ResultJson.Options);
            return saved is null ? null : saved with { Mutant = mutant, Resumed = true };
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null; // a damaged or half-written grade is graded again
        }
    }

    public void Save(string key, MutantResult result)
    {
        Directory.CreateDirectory(Folder);
        AtomicFile.WriteAllText(Path.Combine(Folder, key + ".json"), JsonSerializer.Serialize(result, ResultJson.Options));
    }
}
