using System.CommandLine;
using Grading.Core.Devices;
using Grading.Core.Exporting;
using Grading.Core.Grading;
using Grading.Core.IO;
using Grading.Core.Results;
using Grading.Core.Running;
using Grading.Reports.Exporting;

namespace Grading.Cli.Commands;

/// <summary><c>grader check &lt;submission&gt;</c>: grades one submission folder or zip.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var submission = new Argument<FileSystemInfo>("submission") { Description = "The submission: a folder of .cs files, or a .zip of one." };
        var assignment = AssignmentOptions.CreateDetectedId();
        var json = new Option<FileInfo?>("--json") { Description = "Where to write the result JSON (default: grading-output/<student>/result.json)." };
        var device = new Option<string>("--device") { Description = "Where tensor sections run.", DefaultValueFactory = _ => "auto" };
        device.AcceptOnlyFromAmong("auto", "cpu", "cuda");
        var student = new Option<string?>("--student") { Description = "Student id (default: the submission folder's or zip's name)." };
        var assignments = AssignmentOptions.CreateFolder();
        var html = new Option<FileInfo?>("--html") { Description = "Where to write the HTML report (default: beside the JSON)." };
        var reference = new Option<DirectoryInfo?>("--reference")
        {
            Description = "Reference solution to time each section against (default: reference/<assignment> above the current folder, if any).",
        };

        var isolation = IsolationOption.Create();
        var timeFactor = new Option<double>("--time-limit-factor")
        {
            Description = "Multiply every section's time limit (e.g. 2 on a slow machine).", DefaultValueFactory = _ => 1.0,
        };

        var devices = DevicesOption.Create();
        var format = ExportFormat.CreateFormat();
        var output = ExportFormat.CreateOutput("required with --format");

        var command = new Command("check", "Grade one submission, print a summary, write the result JSON and HTML report.")
        {
            submission, assignment, json, html, device, devices, student, assignments, reference, isolation, timeFactor, format, output,
        };
        command.SetAction(parsed => CommandGuard.Run(() => Execute(new CheckArguments(
            parsed.GetValue(submission)!, parsed.GetValue(assignment), parsed.GetValue(json), parsed.GetValue(html),
            parsed.GetValue(device)!, parsed.GetValue(student), parsed.GetValue(assignments), parsed.GetValue(reference),
            IsolationOption.ToMode(parsed.GetValue(isolation)!), parsed.GetValue(timeFactor), parsed.GetValue(devices),
            parsed.GetValue(format), parsed.GetValue(output)))));
        return command;
    }

    private static int Execute(CheckArguments args)
    {
        // Checked before grading: a CI step should not spend a grading run to learn its arguments were wrong.
        if (args.Format is not null && args.Output is null) throw new GradingException("check --format needs --output <file>.");
        try
        {
            return Grade(args);
        }
        catch (Exception e) when (CommandGuard.CannotGrade(e))
        {
            // Every push must get a score and a reason: a 0-point result goes everywhere a grade would, then exit 2 as before.
            try
            {
                Write(UngradedResult.Create(e.Message, args), args);
            }
            catch (Exception writeError) when (writeError is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"grader: the 0-point result could not be written: {writeError.Message}");
            }
            throw;
        }
    }

    private static int Grade(CheckArguments args)
    {
        string assignment = AssignmentOptions.Resolve(args.Assignment, args.AssignmentsDir, args.Submission.FullName);
        string specPath = AssignmentOptions.SpecPath(assignment, args.AssignmentsDir);
        var options = new GradingOptions { Device = args.Device, Isolation = args.Isolation, TimeLimitFactor = args.TimeLimitFactor };
        var plan = DevicesOption.Plan(args.Device, args.Devices);
        using var grader = Grader.Open(specPath, options);
        SandboxNotice.Warn(grader.Sandbox, Console.Error);
        var request = new GradeRequest(args.Submission.FullName, args.Student);
        var result = grader.Grade(request);
        if (plan is not null)
        {
            using var sweep = DeviceSweep.OverGraders(plan, specPath, grader.Spec, options);
            result = sweep.Grade(result, request);
        }
        if (ReferenceLocator.Find(args.Reference, assignment, args.Submission) is { } referenceFolder)
            result = ReferenceTimer.Attach(result, ReferenceTimer.Default.Measure(grader, referenceFolder, result.Environment.Device));
        Write(result, args);
        return ExitCodes.Graded;
    }

    /// <summary>The result JSON, the HTML report, the <c>--format</c> file, and the summary on the terminal.</summary>
    private static void Write(GradingResult result, CheckArguments args)
    {
        string jsonPath = args.Json?.FullName ?? Path.Combine("grading-output", SafeName(result.Student), "result.json");
        string htmlPath = args.Html?.FullName ?? Path.ChangeExtension(Path.GetFullPath(jsonPath), ".html");
        ResultJson.Write(result, jsonPath);
        AtomicFile.WriteAllText(htmlPath, HtmlReportExporter.Render(result));
        ExportFormat.Write(result, args.Format, args.Output);
        new TextSummaryExporter(TerminalWidth.OfStandardOutput()).Export(result, Console.Out);
        DeviceSummary.Write(result, Console.Out);
        Console.WriteLine($"Result: {Path.GetFullPath(jsonPath)}");
        Console.WriteLine($"Report: {htmlPath}");
    }

    private static string SafeName(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')).TrimStart('.') is { Length: > 0 } safe ? safe : "submission";
}
