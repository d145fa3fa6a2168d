using System.Diagnostics;
using Grading.Tests.Cli;

namespace Grading.Tests.Bulk;

/// <summary>A grader process the test can kill part-way, its whole process tree (workers included) with SIGKILL.</summary>
internal sealed class BulkProcess : IDisposable
{
    private readonly Process _process;

    private BulkProcess(Process process) => _process = process;

    public static BulkProcess Start(string workingDirectory, params string[] args)
    {
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(GraderProcess.GraderDll);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BulkProcess(process);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>kill -9 of the grader and every process it started.</summary>
    public void KillTree()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) KillTree();
        _process.Dispose();
    }
}
