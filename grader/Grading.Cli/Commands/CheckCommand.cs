using System.CommandLine;
using Grading.Core.Exporting;
using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Cli.Commands;

/// <summary><c>grader check &lt;submission&gt;</c>: grades one submission folder.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var submission = new Argument<DirectoryInfo>("submission") { Description = "Folder holding the submission's .cs files." };
        var assignment = new Option<string>("--assignment", "-a") { Description = "Assignment id.", DefaultValueFactory = _ => "ps1-autograd" };
        var json = new Option<FileInfo?>("--json") { Description = "Where to write the result JSON (default: grading-output/<student>/result.json)." };
        var device = new Option<string>("--device") { Description = "Where tensor sections run.", DefaultValueFactory = _ => "auto" };
        device.AcceptOnlyFromAmong("auto", "cpu", "cuda");
        var student = new Option<string?>("--student") { Description = "Student id (default: the submission folder's name)." };
        var assignments = new Option<DirectoryInfo?>("--assignments-dir") { Description = "Folder of assignments (default: the one installed beside the grader)." };

        var command = new Command("check", "Grade one submission and print a summary.") { submission, assignment, json, device, student, assignments };
        command.SetAction(parsed => CommandGuard.Run(() => Execute(
            parsed.GetValue(submission)!,
            parsed.GetValue(assignment)!,
            parsed.GetValue(json),
            parsed.GetValue(device)!,
            parsed.GetValue(student),
            parsed.GetValue(assignments))));
        return command;
    }

    private static int Execute(DirectoryInfo submission, string assignmentId, FileInfo? json, string device, string? student, DirectoryInfo? assignmentsDir)
    {
        var catalog = assignmentsDir is null ? AssignmentCatalog.BesideGrader() : new AssignmentCatalog(assignmentsDir.FullName);
        using var grader = Grader.Open(catalog.SpecPath(assignmentId), new GradingOptions { Device = device });
        var result = grader.Grade(new GradeRequest(submission.FullName, student));
        string jsonPath = json?.FullName ?? Path.Combine("grading-output", SafeName(result.Student), "result.json");
        ResultJson.Write(result, jsonPath);
        new TextSummaryExporter().Export(result, Console.Out);
        Console.WriteLine($"Result: {Path.GetFullPath(jsonPath)}");
        return ExitCodes.Graded;
    }

    private static string SafeName(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')).TrimStart('.') is { Length: > 0 } safe ? safe : "submission";
}
