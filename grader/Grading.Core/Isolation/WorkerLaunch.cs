using System.Diagnostics;

namespace Grading.Core.Isolation;

/// <summary>How to start a worker: the .NET host, the grader's dll, and whether a network namespace can
/// be had (<c>unshare -n</c>, which needs root or user namespaces).</summary>
public sealed record WorkerLaunch(string Host, string GraderDll, bool NetworkIsolation)
{
    private static readonly Lazy<bool> CanUnshareNetwork = new(() => Probe("unshare", "-n", "true"));

    public static WorkerLaunch Default => new(
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
            : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet",
        Path.Combine(AppContext.BaseDirectory, "grader.dll"),
        OperatingSystem.IsLinux() && CanUnshareNetwork.Value);

    public ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var start = NetworkIsolation ? new ProcessStartInfo("unshare", ["-n", Host, GraderDll]) : new ProcessStartInfo(Host, [GraderDll]);
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        start.RedirectStandardInput = true;   // nothing to read: a submission waiting on stdin gets end-of-file
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        return start;
    }

    private static bool Probe(string file, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            return process.WaitForExit(5000) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
