using System.CommandLine;
using System.Globalization;
using System.Reflection;
using Grading.Cli.Benchmarking;
using Grading.Core.Bulk;

namespace Grading.Cli.Commands;

/// <summary>
/// <c>grader benchmark-bulk</c>: generates a class from the course repository's reference and wrong-submission
/// fixtures, grades it with <c>grader bulk</c> once per jobs count (same build, fresh output folders, one
/// after the other in this one run), and reports submissions per minute, parallel efficiency, peak memory
/// and grader overhead per submission.
/// </summary>
internal static class BenchmarkBulkCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count", "-n") { Description = "Submissions to generate (half correct, half typical bugs).", DefaultValueFactory = _ => 40 };
        var jobs = new Option<string>("--jobs", "-j") { Description = "Jobs counts to grade the class with, in order (comma-separated).", DefaultValueFactory = _ => "1,2" };
        var output = new Option<FileInfo?>("--output") { Description = "Write the figures as JSON to this file." };
        var assignment = AssignmentOptions.CreateId();
        var assignments = AssignmentOptions.CreateFolder();
        var reference = new Option<DirectoryInfo?>("--reference") { Description = "Reference solution (default: reference/<assignment> in the current folder or above)." };
        var fixtures = new Option<DirectoryInfo?>("--fixtures") { Description = "Wrong-submission overlays (default: tests/fixtures/<assignment> beside that reference/)." };
        var work = new Option<DirectoryInfo?>("--work") { Description = "Keep the generated class and the bulk outputs here (default: a temporary folder, deleted)." };
        var device = new Option<string>("--device") { Description = "Where tensor sections run.", DefaultValueFactory = _ => "auto" };
        device.AcceptOnlyFromAmong("auto", "cpu", "cuda");
        var workerThreads = WorkerThreadsOption.Create();
        var command = new Command("benchmark-bulk", "Time 'grader bulk' on a generated class at several jobs counts (run from the course repository).")
        {
            count, jobs, output, assignment, assignments, reference, fixtures, work, device, workerThreads,
        };
        command.SetAction(parsed => CommandGuard.Run(() => Execute(
            parsed.GetValue(count), parsed.GetValue(jobs)!, parsed.GetValue(output), parsed.GetValue(assignment)!, parsed.GetValue(assignments),
            parsed.GetValue(reference), parsed.GetValue(fixtures), parsed.GetValue(work), parsed.GetValue(device)!,
            parsed.GetValue(workerThreads)!)));
        return command;
    }

    private static int Execute(int count, string jobsList, FileInfo? output, string assignment, DirectoryInfo? assignmentsDir,
        DirectoryInfo? reference, DirectoryInfo? fixtures, DirectoryInfo? work, string device, string workerThreads)
    {
        if (count < 1) throw new BulkInputException($"--count {count}: at least 1 submission is needed.");
        var jobs = ParseJobs(jobsList);
        AssignmentOptions.SpecPath(assignment, assignmentsDir); // an unknown assignment stops here, before anything is generated
        string referenceFolder = reference?.FullName ?? FindReference(assignment);
        if (!Directory.Exists(referenceFolder)) throw new BulkInputException($"The reference folder '{referenceFolder}' does not exist.");
        string fixturesFolder = fixtures?.FullName ?? Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(referenceFolder)!)!, "tests", "fixtures", assignment);

        string root = work?.FullName ?? Path.Combine(Path.GetTempPath(), $"grader-bulk-bench-{Guid.NewGuid():N}");
        ClaimWorkFolder(root);
        try
        {
            string classFolder = Path.Combine(root, "class");
            if (Directory.Exists(classFolder)) Directory.Delete(classFolder, recursive: true);
            var students = ClassGenerator.Write(referenceFolder, fixturesFolder, count, classFolder);
            List<string> bulkOptions = ["--assignment", assignment, "--device", device, "--worker-threads", workerThreads];
            if (assignmentsDir is not null) bulkOptions.AddRange(["--assignments-dir", assignmentsDir.FullName]);

            var loadBefore = BulkBenchmarkReport.ReadLoadAverage();
            var runs = new List<BulkRunFigures>();
            foreach (int j in jobs)
            {
                Console.WriteLine($"Grading {count} submissions with --jobs {j} …");
                runs.Add(BulkTimedRun.Run(classFolder, count, Path.Combine(root, $"out-jobs{j}"), j, bulkOptions));
            }
            var report = new BulkBenchmarkReport(assignment, GraderVersion(), Environment.ProcessorCount, workerThreads, students, loadBefore, BulkBenchmarkReport.ReadLoadAverage(), runs);
            report.Print(Console.Out);
            if (output is not null)
            {
                report.Write(output.FullName);
                Console.WriteLine($"Figures: {output.FullName}");
            }
        }
        finally
        {
            if (work is null && Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
        return ExitCodes.Graded;
    }

    private static List<int> ParseJobs(string list)
    {
        var jobs = new List<int>();
        foreach (string part in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int j) || j < 1)
                throw new BulkInputException($"--jobs {list}: expected whole numbers of at least 1, comma-separated (e.g. 1,2).");
            jobs.Add(j);
        }
        return jobs.Count > 0 ? jobs : throw new BulkInputException("--jobs: no jobs count given (e.g. 1,2).");
    }

    // The benchmark deletes and rewrites class/ and out-jobs*/ in its work folder: never in a folder it did not make.
    private const string WorkMarker = ".grader-bulk-benchmark";

    private static void ClaimWorkFolder(string root)
    {
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any() && !File.Exists(Path.Combine(root, WorkMarker)))
            throw new BulkInputException($"--work {root}: the folder has other files; give a new or empty folder (the benchmark deletes what it writes there).");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, WorkMarker), "written by grader benchmark-bulk\n");
    }

    // The class is generated from the instructor's reference, which only the course repository has.
    private static string FindReference(string assignment)
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "reference", assignment);
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new BulkInputException(
            $"benchmark-bulk generates its class from the course repository: no reference/{assignment} in {Environment.CurrentDirectory} or above (run it from the repository, or give --reference and --fixtures).");
    }

    private static string GraderVersion() =>
        typeof(BenchmarkBulkCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
