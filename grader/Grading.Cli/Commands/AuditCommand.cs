using System.CommandLine;
using System.Globalization;
using Grading.Cli.Audit;
using Grading.Core.Audit;
using Grading.Core.Grading;
using Grading.Core.IO;
using Grading.Core.Running;
using Grading.Reports.Audit;

namespace Grading.Cli.Commands;

/// <summary>
/// <c>grader audit [&lt;assignment&gt;]</c>: mutation-tests the assignment's checks. Makes student-like mistakes in
/// the reference, grades every mutant with the real engine and reports the mutants that keep full marks: what the
/// grader would let through. Writes audit.json and audit.html to --out; resumable, like bulk.
/// </summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var assignment = new Argument<string?>("assignment") { Description = $"Assignment id (default: {AssignmentOptions.DefaultId}).", Arity = ArgumentArity.ZeroOrOne };
        var assignments = AssignmentOptions.CreateFolder();
        var reference = new Option<DirectoryInfo?>("--reference") { Description = "Reference solution to mutate (default: reference/<assignment> in the current folder or above it)." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Mutants graded at once (default: the CPU count).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var sections = new Option<string?>("--sections") { Description = "Audit only these sections, comma-separated (1.2,1.3); default: every section with value or method checks." };
        var threshold = new Option<double?>("--threshold") { Description = "Exit 1 when a section's mutation score (percent) is below this." };
        var output = new Option<string>("--out", "-o") { Description = "Output folder: audit.json, audit.html and the saved grades.", DefaultValueFactory = _ => "audit-output" };
        var regrade = new Option<bool>("--regrade") { Description = "Grade every mutant again, even those saved by an earlier audit of the same grader and assignment." };
        var device = new Option<string>("--device") { Description = "Where tensor sections run.", DefaultValueFactory = _ => "cpu" };
        device.AcceptOnlyFromAmong("auto", "cpu", "cuda");
        var command = new Command("audit", "Mutation-test an assignment's checks: grade student-like mistakes made in the reference and list those that keep full marks.")
        {
            assignment, assignments, reference, jobs, sections, threshold, output, regrade, device,
        };
        command.SetAction(parsed => CommandGuard.Run(() => Execute(
            parsed.GetValue(assignment) ?? AssignmentOptions.DefaultId, parsed.GetValue(assignments), parsed.GetValue(reference), parsed.GetValue(jobs),
            parsed.GetValue(sections), parsed.GetValue(threshold), parsed.GetValue(output)!, parsed.GetValue(regrade), parsed.GetValue(device)!)));
        return command;
    }

    private static int Execute(string id, DirectoryInfo? assignmentsDir, DirectoryInfo? referenceDir, int jobs, string? sections, double? threshold,
        string output, bool regrade, string device)
    {
        if (jobs < 1) throw new GradingException($"--jobs {jobs}: at least 1 job is needed.");
        if (threshold is < 0 or > 100) throw new GradingException($"--threshold {threshold}: a score is a percentage, 0 to 100.");
        string specPath = AssignmentOptions.SpecPath(id, assignmentsDir);
        string referenceFolder = ReferenceLocator.Find(referenceDir, id, new DirectoryInfo(Path.Combine(Path.GetTempPath(), "no-submission")))
            ?? throw new GradingException($"No reference/{id} in the current folder or above it: name the reference solution with --reference.");
        var options = new AuditOptions
        {
            ReferenceFolder = referenceFolder,
            OutFolder = Path.GetFullPath(output),
            Jobs = jobs,
            Sections = sections?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
            Threshold = threshold,
            Regrade = regrade,
            Grading = new GradingOptions
            {
                Device = device, Isolation = IsolationMode.Process, ConcurrentWorkerStarts = jobs,
                WorkerThreads = WorkerThreadsOption.Resolve("auto", jobs),
            },
        };
        var report = LiveAuditProgress.Show($"Auditing {id}", progress => new AuditRunner(specPath, options).Run(progress));
        Directory.CreateDirectory(options.OutFolder);
        AtomicFile.WriteAllText(Path.Combine(options.OutFolder, "audit.json"), AuditJson.Serialize(report));
        AtomicFile.WriteAllText(Path.Combine(options.OutFolder, AuditHtmlExporter.FileName), AuditHtmlExporter.Render(report));
        AuditTable.Write(report, Console.Out);
        Console.WriteLine($"Wrote {Path.Combine(output, "audit.json")} and {Path.Combine(output, AuditHtmlExporter.FileName)}.");
        return report.BelowThreshold.Count > 0 ? ExitCodes.InternalError : ExitCodes.Graded;
    }
}
