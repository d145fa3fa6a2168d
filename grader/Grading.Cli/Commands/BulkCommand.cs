using System.CommandLine;
using Grading.Cli.Bulk;
using Grading.Core.Bulk;
using Grading.Core.Grading;
using Grading.Core.ManualGrading;
using Grading.Core.Running;
using Grading.Reports.Exporting;

namespace Grading.Cli.Commands;

/// <summary><c>grader bulk &lt;class&gt; --out &lt;dir&gt;</c>: grades a whole class, resumably, and writes the gradebook.</summary>
internal static class BulkCommand
{
    public static Command Create()
    {
        var submissions = new Argument<string>("submissions") { Description = "Folder (or .zip) of submissions: one sub-folder or .zip per student (a GitHub Classroom download works)." };
        var assignment = AssignmentOptions.CreateId();
        var assignments = AssignmentOptions.CreateFolder();
        var output = new Option<string>("--out", "-o") { Description = "Output folder (results, reports, gradebook, summary).", DefaultValueFactory = _ => "bulk-output" };
        var roster = new Option<FileInfo?>("--roster") { Description = "Class list CSV: id[,name,github,section,canvas_id,login,email]." };
        var scores = ManualScoresOption.Create();
        var jobs = new Option<int>("--jobs", "-j") { Description = "Students graded at once (default: the CPU count).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var regrade = new Option<bool>("--regrade") { Description = "Grade everyone again, even students whose saved result is current." };
        var shard = new Option<string?>("--shard") { Description = "Grade only slice k of N (k/N), for several machines; join with 'grader merge'." };
        var device = new Option<string>("--device") { Description = "Where tensor sections run.", DefaultValueFactory = _ => "auto" };
        device.AcceptOnlyFromAmong("auto", "cpu", "cuda");
        var isolation = IsolationOption.Create();
        var timeFactor = new Option<double>("--time-limit-factor") { Description = "Multiply every section's time limit.", DefaultValueFactory = _ => 1.0 };
        var workerThreads = WorkerThreadsOption.Create();
        var canvas = CanvasAssignmentIdOption.Create();
        var moodle = MoodleIdentifierOption.Create();
        var allowUnsandboxed = new Option<bool>("--allow-unsandboxed")
        {
            Description = "Grade even where the OS sandbox (bubblewrap) cannot be set up: student code could then read and change every file the grader can, other students' results included.",
        };
        var reference = new Option<DirectoryInfo?>("--reference") { Description = "Reference solution to time sections against (default: reference/<assignment> above the current folder)." };
        var command = new Command("bulk", "Grade a class of submissions in parallel, resumably; write each student's result and report, the gradebook exports and a class summary.")
        {
            submissions, assignment, assignments, output, roster, scores, jobs, regrade, shard, device, isolation, timeFactor, reference, canvas, workerThreads,
            allowUnsandboxed, moodle,
        };
        command.SetAction(parsed => CommandGuard.Run(() => Execute(new BulkArguments(
            parsed.GetValue(submissions)!, parsed.GetValue(assignment)!, parsed.GetValue(assignments), parsed.GetValue(output)!,
            parsed.GetValue(roster), parsed.GetValue(scores), parsed.GetValue(jobs), parsed.GetValue(regrade), parsed.GetValue(shard),
            parsed.GetValue(device)!, IsolationOption.ToMode(parsed.GetValue(isolation)!), parsed.GetValue(timeFactor), parsed.GetValue(reference),
            parsed.GetValue(canvas), parsed.GetValue(workerThreads)!, parsed.GetValue(allowUnsandboxed),
            MoodleIdentifierOption.ToIdentifier(parsed.GetValue(moodle))))));
        return command;
    }

    private static int Execute(BulkArguments args)
    {
        if (args.Jobs < 1) throw new BulkInputException($"--jobs {args.Jobs}: at least 1 job is needed.");
        var shard = args.Shard is null ? Shard.All : Shard.Parse(args.Shard);
        string specPath = AssignmentOptions.SpecPath(args.Assignment, args.AssignmentsDir);
        var layout = new BulkLayout(args.Out);
        var roster = args.Roster is null ? Roster.Empty : Roster.Read(args.Roster.FullName);
        MoodleIdentifierOption.RequireInRoster(args.MoodleIdentifier, roster);
        var discovered = SubmissionDiscovery.Discover(args.Submissions, roster, layout.WorkFolder);
        foreach (string warning in discovered.Warnings) Console.Error.WriteLine($"grader: {warning}");
        var classList = discovered.Submissions;
        var options = new GradingOptions
        {
            Device = args.Device, Isolation = args.Isolation, TimeLimitFactor = args.TimeLimitFactor,
            WorkerThreads = WorkerThreadsOption.Resolve(args.WorkerThreads, args.Jobs), ConcurrentWorkerStarts = args.Jobs,
        };
        using var grader = Grader.Open(specPath, options);
        SandboxNotice.RequireOrWarn(grader.Sandbox, args.AllowUnsandboxed, Console.Error);
        var scores = args.Scores is null ? ManualScores.None : ManualScores.Read(args.Scores.FullName, grader.Spec, classList.Select(s => s.Student.Id).ToList());
        IReadOnlyDictionary<string, double>? times = null;
        if (ReferenceLocator.Find(args.Reference, args.Assignment, new DirectoryInfo(args.Submissions)) is { } referenceFolder)
            times = ReferenceTimer.Default.Measure(grader, referenceFolder, args.Device);

        var runner = new BulkRunner(grader, specPath, layout, new BulkOptions { Jobs = args.Jobs, Regrade = args.Regrade, Shard = shard, Scores = scores, ReferenceTimes = times },
            HtmlReportExporter.Render);
        if (args.Isolation == IsolationMode.InProcess && args.Jobs > 1)
            Console.Error.WriteLine("grader: --isolation none grades one student at a time (in-process sections share torch's global state).");
        string title = shard == Shard.All ? $"Grading {args.Assignment}" : $"Grading {args.Assignment}, shard {shard}";
        var summary = LiveBulkProgress.Show(title, progress => runner.Run(classList, progress));
        if (scores.Count > 0) ClassRescorer.Rescore(grader, layout, scores, HtmlReportExporter.Render); // students kept from earlier runs get the scores too
        Console.WriteLine(BulkSummaryLine.For(summary, runner.Jobs));
        GradebookWriter.Write(layout, grader.Spec, Console.Out, args.CanvasAssignmentId, args.MoodleIdentifier);
        return ExitCodes.Graded;
    }
}
