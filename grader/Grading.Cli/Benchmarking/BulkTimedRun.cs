using System.Diagnostics;
using Grading.Core.Bulk;
using Grading.Core.Grading;

namespace Grading.Cli.Benchmarking;

/// <summary>
/// One timed run of <c>grader bulk</c> over the benchmark's class, in a fresh process of this same grader
/// build and a fresh output folder, its process tree's memory sampled while it runs. It starts in the
/// system's temporary folder, so no <c>reference/</c> is found above it and no reference timing (measured
/// once per machine, then cached) lands in one run and not the other.
/// </summary>
internal static class BulkTimedRun
{
    public static BulkRunFigures Run(string classFolder, int submissions, string outputFolder, int jobs, IReadOnlyList<string> bulkOptions)
    {
        if (Directory.Exists(outputFolder)) Directory.Delete(outputFolder, recursive: true);
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            WorkingDirectory = Path.GetTempPath(), RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        // Under `dotnet grader.dll` the host needs the dll; the apphost does not.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(BulkTimedRun).Assembly.Location);
        foreach (string arg in (string[])["bulk", classFolder, "--out", outputFolder, "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture), .. bulkOptions])
            start.ArgumentList.Add(arg);

        double cpuBefore = ChildCpuTime.Seconds();
        var ownCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the grader");
        ProcessTreeMemory memory;
        Task<string> stdout, stderr;
        using (memory = ProcessTreeMemory.Watch(process.Id))
        {
            stdout = process.StandardOutput.ReadToEndAsync();
            stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
        }
        double wall = clock.Elapsed.TotalSeconds;
        double cpu = ChildCpuTime.Seconds() - cpuBefore; // WaitForExit reaped it, so its CPU (and its workers') is counted now
        double ownCpu = (Process.GetCurrentProcess().TotalProcessorTime - ownCpuBefore).TotalSeconds;
        if (process.ExitCode != 0)
        {
            string why = $"grader bulk --jobs {jobs} exited with {process.ExitCode}:\n{stderr.Result}{stdout.Result}";
            throw process.ExitCode == 2 ? new GradingException(why) : new InvalidOperationException(why);
        }
        return Figures(new BulkLayout(outputFolder), jobs, submissions, wall, cpu, ownCpu, memory);
    }

    private static BulkRunFigures Figures(BulkLayout layout, int jobs, int submissions, double wall, double cpu, double ownCpu, ProcessTreeMemory memory)
    {
        var records = layout.ReadRecords();
        var scores = new Dictionary<string, StudentScore>(StringComparer.Ordinal);
        double sections = 0, variants = 0;
        foreach (var record in records.Where(r => r.Status == StudentStatus.Graded))
        {
            var result = layout.ReadResult(record.Student.Id);
            scores[record.Student.Id] = new StudentScore(result.Score, result.PendingPoints);
            sections += result.Sections.Sum(s => s.DurationMs) / 1000;
            variants += result.Sections.Sum(s => s.Raw.VariantDurationMs) / 1000;
        }
        return new BulkRunFigures(jobs, submissions, wall, cpu, ownCpu, scores.Count, records.Count(r => r.Status == StudentStatus.Error), sections,
            memory.PeakRssBytes / 1048576.0, memory.PeakPssBytes / 1048576.0, memory.PeakProcesses, scores) { VariantSeconds = variants };
    }
}
