using System.Diagnostics;
using Grading.Core.Results;

namespace Grading.Cli.Benchmarking;

/// <summary>Cold runs: each one a fresh grader process, as a student or a CI job starts it.</summary>
internal static class ColdRunner
{
    public static BenchmarkSample Run(string submission, string assignment, string device, string isolation)
    {
        string json = Path.Combine(Path.GetTempPath(), $"grader-bench-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        // Under `dotnet grader.dll` the host needs the dll; the apphost does not.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(ColdRunner).Assembly.Location);
        foreach (string arg in new[] { "check", submission, "--assignment", assignment, "--device", device, "--isolation", isolation, "--json", json }) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        double wall = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0 || !File.Exists(json))
            throw new InvalidOperationException($"the cold run exited with {process.ExitCode}:\n{stdout}\n{stderr}");
        var result = ResultJson.Deserialize(File.ReadAllText(json));
        File.Delete(json);
        return BenchmarkSample.From(wall, result);
    }
}
