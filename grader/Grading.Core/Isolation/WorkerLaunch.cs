using System.Diagnostics;
using Grading.Core.Isolation.Sandbox;

namespace Grading.Core.Isolation;

/// <summary>
/// How to start a worker: the .NET host and the grader's dll, inside the OS sandbox (<see cref="Bubblewrap"/>)
/// where it can be set up, else with only a network namespace (<c>unshare -n</c>) where that is permitted;
/// always with the allow-listed environment (<see cref="WorkerEnvironment"/>), and moved into its control
/// groups before it executes anything, so the limits hold from its first instruction.
/// </summary>
public sealed record WorkerLaunch(string Host, string GraderDll, SandboxView View, SandboxStatus Sandbox, bool NetworkIsolation)
{
    private static readonly Lazy<bool> CanUnshareNetwork = new(() => Probe("unshare", "-n", "true"));

    /// <summary>The launch for workers of the assignment at <paramref name="specPath"/>; <paramref name="sandbox"/>
    /// false runs them outside the sandbox even where it is available (tests of the fallback).</summary>
    public static WorkerLaunch For(string specPath, bool sandbox = true)
    {
        string host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path
            : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        host = SandboxView.RealPath(host);
        string dll = Path.Combine(AppContext.BaseDirectory, "grader.dll");
        var status = sandbox ? Bubblewrap.Status : SandboxStatus.Unavailable("the sandbox was turned off for this run");
        return new WorkerLaunch(host, dll, SandboxView.For(host, dll, specPath), status,
            !status.Available && OperatingSystem.IsLinux() && CanUnshareNetwork.Value);
    }

    public ProcessStartInfo StartInfo(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment,
        IReadOnlyList<string> cgroupProcFiles)
    {
        var command = new List<string>();
        if (cgroupProcFiles.Count > 0)
        {
            // The shell writes its own pid into each group, then becomes the sandbox: every process of the
            // worker is born inside its limits, and the grader never has to catch it in time.
            command.AddRange(["/bin/sh", "-c", "while [ \"$1\" != -- ]; do echo $$ > \"$1\" || exit 125; shift; done; shift; exec \"$@\"", "grading-limits"]);
            command.AddRange(cgroupProcFiles);
            command.Add("--");
        }
        if (Sandbox.Available) command.AddRange([Sandbox.ToolPath!, .. Bubblewrap.Arguments(View)]);
        else if (NetworkIsolation) command.AddRange(["unshare", "-n"]);
        command.AddRange([Host, GraderDll, .. arguments]);

        var start = new ProcessStartInfo(command[0]);
        foreach (string argument in command.Skip(1)) start.ArgumentList.Add(argument);
        start.Environment.Clear();
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.WorkingDirectory = Sandbox.Available ? "/" : Path.GetTempPath();
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
