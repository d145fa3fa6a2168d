using Grading.Core.Bulk;
using Grading.Core.Calibration;

namespace Grading.Cli.Benchmarking;

/// <summary>
/// Makes the bulk benchmark's class from the course repository: every other student is the instructor's
/// reference, the rest the reference with one wrong-submission fixture laid over it (the fixtures taken
/// in name order, round and round). Each submission gets a comment line naming its student, so no two
/// are byte-identical. The same count always makes the same class. The class is written under the
/// benchmark's own work folder, which is deleted afterwards unless the user named it: the reference is
/// read from the repository and never goes anywhere a student sees.
/// </summary>
internal static class ClassGenerator
{
    public const string Correct = "correct";

    public static IReadOnlyList<GeneratedStudent> Write(string referenceFolder, string fixturesFolder, int count, string classFolder)
    {
        var overlays = Directory.Exists(fixturesFolder)
            ? Directory.GetDirectories(fixturesFolder).Where(d => SourceFiles(d).Any() && IsWrongOverlay(d)).Order(StringComparer.Ordinal).ToList()
            : [];
        if (!SourceFiles(referenceFolder).Any()) throw new BulkInputException($"The reference folder '{referenceFolder}' has no .cs files.");
        if (count > 1 && overlays.Count == 0) throw new BulkInputException($"No wrong-submission fixtures (folders of .cs files) in '{fixturesFolder}'.");

        Directory.CreateDirectory(classFolder);
        var students = new List<GeneratedStudent>();
        for (int i = 0; i < count; i++)
        {
            string? overlay = i % 2 == 0 ? null : overlays[i / 2 % overlays.Count];
            var student = new GeneratedStudent($"s{i + 1:000}-{(overlay is null ? Correct : Path.GetFileName(overlay))}", overlay is null ? Correct : Path.GetFileName(overlay));
            string folder = Path.Combine(classFolder, student.Id);
            Copy(referenceFolder, folder);
            if (overlay is not null) Copy(overlay, folder);
            string first = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
            File.WriteAllText(first, $"// bulk benchmark: {student.Id}\n" + File.ReadAllText(first));
            students.Add(student);
        }
        return students;
    }

    // The fixtures folder also holds correct submissions written differently, and fixtures that leave reference files out
    // or stand alone: only a mistake laid over the whole reference makes a "buggy student", and not one that needs a worker
    // (a request that can never fit, say): the benchmark also grades in-process. A folder without front matter
    // (a course's own fixtures) is taken as one.
    private static bool IsWrongOverlay(string folder)
    {
        if (!File.Exists(Path.Combine(folder, FixtureSpecParser.ReadmeName))) return true;
        try
        {
            var spec = FixtureSpecParser.ReadFolder(folder);
            return spec.Kind == FixtureKind.Mistake && spec.Base == FixtureBase.Reference && spec.Remove.Count == 0 && !spec.NeedsWorker;
        }
        catch (FixtureSpecException)
        {
            return true;
        }
    }

    // A fixture holds only the files that differ from the reference, under the same relative names.
    private static void Copy(string from, string to)
    {
        foreach (string file in SourceFiles(from))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));
}
