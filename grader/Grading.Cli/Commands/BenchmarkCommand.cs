using System.CommandLine;
using System.Diagnostics;
using Grading.Cli.Benchmarking;
using Grading.Core.Grading;
using Grading.Core.Running;

namespace Grading.Cli.Commands;

/// <summary>
/// <c>grader benchmark &lt;submission&gt;</c>: how long grading takes, cold (a fresh process per run)
/// and warm (repeated grading in one process), split into compile, each section, and the grader's
/// own overhead (end to end minus the submission's section time).
/// </summary>
internal static class BenchmarkCommand
{
    public static Command Create()
    {
        var submission = new Argument<DirectoryInfo>("submission") { Description = "Submission folder to grade repeatedly (e.g. reference/ps1-autograd)." };
        var assignment = AssignmentOptions.CreateDetectedId();
        var runs = new Option<int>("--runs") { Description = "Runs of each kind (cold, warm).", DefaultValueFactory = _ => 5 };
        var device = new Option<string>("--device") { Description = "Where tensor sections run.", DefaultValueFactory = _ => "auto" };
        var isolation = IsolationOption.Create();
        var command = new Command("benchmark", "Time grading of one submission, cold and warm.") { submission, assignment, runs, device, isolation };
        command.SetAction(parsed => CommandGuard.Run(() =>
        {
            string folder = parsed.GetValue(submission)!.FullName;
            return Execute(folder, AssignmentOptions.Resolve(parsed.GetValue(assignment), null, folder), Math.Max(1, parsed.GetValue(runs)),
                parsed.GetValue(device)!, parsed.GetValue(isolation)!);
        }));
        return command;
    }

    private static int Execute(string submission, string assignment, int runs, string device, string isolation)
    {
        Console.WriteLine($"Benchmark: {submission}, assignment {assignment}, device {device}, isolation {isolation}, {Environment.ProcessorCount} CPU threads");
        var cold = Enumerable.Range(0, runs).Select(_ => ColdRunner.Run(submission, assignment, device, isolation)).ToList();
        BenchmarkReport.Print(Console.Out, "Cold: a new grader process per run", cold);

        using var grader = Grader.Open(AssignmentCatalog.BesideGrader().SpecPath(assignment), new GradingOptions { Device = device, Isolation = IsolationOption.ToMode(isolation) });
        var request = new GradeRequest(submission);
        grader.Grade(request); // warm-up: JIT, Roslyn, libtorch
        var warm = Enumerable.Range(0, runs).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            var result = grader.Grade(request);
            return BenchmarkSample.From(clock.Elapsed.TotalMilliseconds, result);
        }).ToList();
        BenchmarkReport.Print(Console.Out, "Warm: repeated grading in one process", warm);
        return ExitCodes.Graded;
    }
}
