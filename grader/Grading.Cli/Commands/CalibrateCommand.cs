using Grading.Core.Exporting.Text;
using System.CommandLine;
using System.Diagnostics;
using Grading.Core.Calibration;
using Grading.Core.Grading;
using Grading.Core.Running;

namespace Grading.Cli.Commands;

/// <summary>
/// <c>grader calibrate &lt;assignment&gt;</c>: grades every fixture of an assignment (tests/fixtures/&lt;id&gt;) in parallel
/// and compares each grade with what the fixture's README says it must be: the project's measure of whether
/// correct code gets full marks and mistakes lose exactly their points, with messages that name them.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create()
    {
        var assignment = new Argument<string>("assignment") { Description = "Assignment id (ps1-autograd, autodiff-warmup)." };
        var assignments = AssignmentOptions.CreateFolder();
        var fixtures = new Option<DirectoryInfo?>("--fixtures") { Description = "Folder of fixtures, one sub-folder each (default: tests/fixtures/<assignment> above the current folder)." };
        var reference = new Option<DirectoryInfo?>("--reference") { Description = "Reference solution fixtures are laid over (default: reference/<assignment> above the current folder)." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Fixtures graded at once (default: the CPU count).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var format = new Option<string>("--format") { Description = "text (a table and the three figures) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var device = new Option<string>("--device") { Description = "Where tensor sections run.", DefaultValueFactory = _ => "cpu" };
        device.AcceptOnlyFromAmong("auto", "cpu", "cuda");
        var isolation = IsolationOption.Create();
        var command = new Command("calibrate", "Grade every fixture of an assignment and compare each grade with the one its README expects; exit 1 when some differ.")
        {
            assignment, assignments, fixtures, reference, jobs, format, device, isolation,
        };
        command.SetAction(parsed => CommandGuard.Run(() => Execute(new CalibrateArguments(
            parsed.GetValue(assignment)!, parsed.GetValue(assignments), parsed.GetValue(fixtures), parsed.GetValue(reference),
            parsed.GetValue(jobs), parsed.GetValue(format)!, parsed.GetValue(device)!, IsolationOption.ToMode(parsed.GetValue(isolation)!)))));
        return command;
    }

    private static int Execute(CalibrateArguments args)
    {
        if (args.Jobs < 1) throw new GradingException($"--jobs {args.Jobs}: at least 1 job is needed.");
        string specPath = AssignmentOptions.SpecPath(args.Assignment, args.AssignmentsDir);
        string fixturesFolder = args.Fixtures?.FullName ?? FixtureCatalog.Locate(Environment.CurrentDirectory, args.Assignment)
            ?? throw new GradingException($"No tests/fixtures/{args.Assignment} in the current folder or above it: name the fixtures with --fixtures.");
        var specs = ReadSpecs(fixturesFolder);
        if (args.Isolation == IsolationMode.InProcess && specs.Where(s => s.NeedsWorker).Select(s => s.Name).ToList() is { Count: > 0 } needWorkers)
        {
            // Their grade depends on the worker's memory guards; in-process nothing bounds them (2 GB requests, 8 GB of tensors).
            Console.Error.WriteLine($"Skipped with --isolation none (their front matter says isolation: process): {string.Join(", ", needWorkers)}.");
            specs = specs.Where(s => !s.NeedsWorker).ToList();
        }
        string? referenceFolder = ReferenceLocator.Find(args.Reference, args.Assignment, new DirectoryInfo(fixturesFolder));
        if (referenceFolder is null && specs.Any(s => s.Base == FixtureBase.Reference))
            throw new GradingException($"Fixtures are laid over the reference, and no reference/{args.Assignment} was found: name it with --reference.");
        // In-process sections share torch's global state and the console: one fixture at a time, as bulk does.
        int jobs = args.Isolation == IsolationMode.InProcess ? 1 : args.Jobs;
        var options = new GradingOptions
        {
            Device = args.Device, Isolation = args.Isolation,
            WorkerThreads = WorkerThreadsOption.Resolve("auto", jobs), ConcurrentWorkerStarts = jobs,
        };
        using var grader = Grader.Open(specPath, options);
        SandboxNotice.Warn(grader.Sandbox, Console.Error);
        var clock = Stopwatch.StartNew();
        var verdicts = GradeAll(grader, specs, referenceFolder, jobs);
        var summary = CalibrationSummary.Of(verdicts);
        if (args.Format == "json") CalibrationJson.Write(args.Assignment, verdicts, summary, Console.Out);
        else CalibrationTable.Write(verdicts, summary, $"{Counted.Of(verdicts.Count, "fixture")} in {clock.Elapsed.TotalSeconds:0.0} s with {Counted.Of(jobs, "job")}.", Console.Out);
        return verdicts.All(v => v.Match) ? ExitCodes.Graded : ExitCodes.InternalError;
    }

    private static IReadOnlyList<FixtureSpec> ReadSpecs(string fixturesFolder)
    {
        try
        {
            return FixtureCatalog.Read(fixturesFolder);
        }
        catch (FixtureSpecException e)
        {
            throw new GradingException(e.Message);
        }
    }

    /// <summary>Grades on <paramref name="jobs"/> threads sharing one grader, as bulk does (with process isolation its
    /// Grade is safe to call from several threads); the verdicts come back in the fixtures' order.</summary>
    private static IReadOnlyList<FixtureVerdict> GradeAll(Grader grader, IReadOnlyList<FixtureSpec> specs, string? referenceFolder, int jobs)
    {
        var verdicts = new FixtureVerdict[specs.Count];
        JobThreads.Reserve(jobs);
        try
        {
            Parallel.For(0, specs.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
            {
                using var submission = FixtureSubmission.Assemble(specs[i], referenceFolder);
                var result = grader.Grade(new GradeRequest(submission.Folder, specs[i].Name));
                verdicts[i] = FixtureVerdict.Judge(specs[i], result);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(inner => inner is FixtureSpecException) is { } bad)
        {
            throw new GradingException(bad.Message); // a fixture that cannot be assembled or names a section that does not exist
        }
        return verdicts;
    }
}
