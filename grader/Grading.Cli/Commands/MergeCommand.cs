using Grading.Core.Exporting.Text;
using System.CommandLine;
using Grading.Cli.Bulk;
using Grading.Core.Bulk;
using Grading.Core.Grading;

namespace Grading.Cli.Commands;

/// <summary><c>grader merge &lt;shard outputs…&gt; --out &lt;dir&gt;</c>: joins the output folders of <c>bulk --shard</c> runs into one gradebook and summary.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var shards = new Argument<DirectoryInfo[]>("shards") { Description = "Output folders of bulk --shard runs.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the merged results, gradebook and summary.", DefaultValueFactory = _ => "bulk-output" };
        var assignment = AssignmentOptions.CreateId();
        var assignments = AssignmentOptions.CreateFolder();
        var canvas = CanvasAssignmentIdOption.Create();
        var command = new Command("merge", "Join bulk --shard outputs into one gradebook and class summary (runs no student code).") { shards, output, assignment, assignments, canvas };
        command.SetAction(parsed => CommandGuard.Run(() => Execute(
            parsed.GetValue(shards)!, parsed.GetValue(output)!, parsed.GetValue(assignment)!, parsed.GetValue(assignments), parsed.GetValue(canvas))));
        return command;
    }

    private static int Execute(DirectoryInfo[] shards, string output, string assignment, DirectoryInfo? assignmentsDir, long? canvasAssignmentId)
    {
        string specPath = AssignmentOptions.SpecPath(assignment, assignmentsDir);
        // The harness brings its own check kinds: load as the grader does, not against the engine's alone.
        var spec = AssignmentLoader.Load(specPath).Spec;
        var target = new BulkLayout(output);
        var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var shard in shards)
        {
            var source = new BulkLayout(shard.FullName);
            if (!Directory.Exists(source.StudentsFolder)) throw new BulkInputException($"{shard.FullName} is not a bulk output folder (it has no students/).");
            foreach (var record in source.ReadRecords())
            {
                if (!owner.TryAdd(record.Student.Id, shard.FullName))
                    throw new BulkInputException($"{record.Student.Id} is in both {owner[record.Student.Id]} and {shard.FullName}: were the shards of one run (k/N with the same N)?");
                if (source.Root != target.Root) CopyFolder(source.StudentFolder(record.Student.Id), target.StudentFolder(record.Student.Id));
            }
        }
        Console.WriteLine($"Merged {Counted.Of(owner.Count, "student")} from {Counted.Of(shards.Length, "shard")} into {target.Root}.");
        GradebookWriter.Write(target, spec, Console.Out, canvasAssignmentId ?? ShardsCanvasAssignmentId(shards), ShardsMoodleIdentifier(shards));
        return ExitCodes.Graded;
    }

    /// <summary>The Canvas number the shards' bulk runs were given, when they agree (a shard folder copied whole keeps it).</summary>
    private static long? ShardsCanvasAssignmentId(DirectoryInfo[] shards)
    {
        var ids = shards.Select(s => GradebookSettings.Read(new BulkLayout(s.FullName)).CanvasAssignmentId).OfType<long>().Distinct().ToList();
        return ids.Count switch
        {
            0 => null,
            1 => ids[0],
            _ => throw new BulkInputException($"The shards were graded with different --canvas-assignment-id ({string.Join(", ", ids)}): give merge the right one."),
        };
    }

    /// <summary>The --moodle-identifier the shards' bulk runs were given (the first shard's, when they differ: merge has no option for it).</summary>
    private static MoodleIdentifier? ShardsMoodleIdentifier(DirectoryInfo[] shards) =>
        shards.Select(s => GradebookSettings.Read(new BulkLayout(s.FullName)).MoodleIdentifier).FirstOrDefault(m => m is not null);

    // The record goes last, as in a bulk run: a merge killed part-way never leaves a record without its result.
    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from).Where(f => Path.GetFileName(f) != BulkLayout.RecordFile && !f.EndsWith(".tmp", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        File.Copy(Path.Combine(from, BulkLayout.RecordFile), Path.Combine(to, BulkLayout.RecordFile), overwrite: true);
    }
}
