using Grading.Core.Exporting.Text;
using System.CommandLine;
using Grading.Cli.Bulk;
using Grading.Core.Bulk;
using Grading.Core.Grading;
using Grading.Core.ManualGrading;
using Grading.Core.Running;
using Grading.Reports.Exporting;

namespace Grading.Cli.Commands;

/// <summary>
/// <c>grader rescore &lt;bulk output&gt;</c>: scores every saved result again from its raw outputs,
/// under the assignment's current points and tolerances, with the TAs' scores merged. No student code runs.
/// </summary>
internal static class RescoreCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("output") { Description = "A bulk output folder." };
        var assignment = AssignmentOptions.CreateId();
        var assignments = AssignmentOptions.CreateFolder();
        var scores = ManualScoresOption.Create();
        var canvas = CanvasAssignmentIdOption.Create();
        var command = new Command("rescore", "Score saved results again (changed rubric, new TA scores) without running student code.") { folder, assignment, assignments, scores, canvas };
        command.SetAction(parsed => CommandGuard.Run(() => Execute(
            parsed.GetValue(folder)!, parsed.GetValue(assignment)!, parsed.GetValue(assignments), parsed.GetValue(scores), parsed.GetValue(canvas))));
        return command;
    }

    private static int Execute(DirectoryInfo folder, string assignment, DirectoryInfo? assignmentsDir, FileInfo? scoresFile, long? canvasAssignmentId)
    {
        var layout = new BulkLayout(folder.FullName);
        if (!Directory.Exists(layout.StudentsFolder)) throw new BulkInputException($"{folder.FullName} is not a bulk output folder (it has no students/).");
        string specPath = AssignmentOptions.SpecPath(assignment, assignmentsDir);
        // Nothing runs, so no worker is needed; the grader only prepares the reference the checks compare with.
        using var grader = Grader.Open(specPath, new GradingOptions { Isolation = IsolationMode.InProcess, Device = "cpu" });
        var students = layout.ReadRecords().Select(r => r.Student.Id).ToList();
        var scores = scoresFile is null ? ManualScores.None : ManualScores.Read(scoresFile.FullName, grader.Spec, students);
        int changed = ClassRescorer.Rescore(grader, layout, scores, HtmlReportExporter.Render, ContentHash.Scoring(specPath));
        Console.WriteLine($"Rescored {Counted.Of(students.Count, "student")}: {Counted.Of(changed, "result")} changed.");
        GradebookWriter.Write(layout, grader.Spec, Console.Out, canvasAssignmentId);
        return ExitCodes.Graded;
    }
}
