using System.Diagnostics;
using System.Globalization;

namespace Grading.Core.Isolation.Sandbox;

/// <summary>
/// The operating-system sandbox every worker runs in: bubblewrap (Debian's and Ubuntu's <c>bubblewrap</c>
/// package) with new user, mount, PID, IPC, UTS, cgroup and network namespaces; an unprivileged user with
/// no capabilities and <c>no_new_privs</c>; a read-only view of only what the worker needs
/// (<see cref="SandboxView"/>); a private, empty, size-bounded <c>/tmp</c>; its own <c>/proc</c>, which
/// shows only the sandbox's processes; a new session (no terminal to inject into). When the sandbox's
/// first process ends, the kernel ends every process in its PID namespace, so nothing the submission
/// started outlives its worker. On x86-64 a seccomp filter (<see cref="SeccompFilter"/>) refuses the system
/// calls an escape would start with.
/// </summary>
public static class Bubblewrap
{
    public const string Tool = "bwrap";
    /// <summary>The sandbox's user: no account of the machine's, owning nothing outside.</summary>
    public const int SandboxUserId = 10001;
    /// <summary>The private <c>/tmp</c>'s size (also charged to the worker's memory limit where a control group sets one).</summary>
    public const long TemporaryBytes = 256L * 1024 * 1024;

    /// <summary>Names bubblewrap where it is not <c>bwrap</c> on PATH (a path of its own, or one that does not
    /// exist, to see how grading goes without it).</summary>
    public const string ToolVariable = "GRADING_BWRAP";

    private static readonly Lazy<SandboxStatus> Detected = new(() => Detect(Environment.GetEnvironmentVariable(ToolVariable) is { Length: > 0 } tool ? tool : Tool));

    /// <summary>Whether the sandbox can be set up on this machine, probed once per process with the flags workers get.</summary>
    public static SandboxStatus Status => Detected.Value;

    /// <summary>What the sandbox must be given on its standard input: the seccomp filter (bwrap reads it from
    /// fd 0 to its end, so the worker itself then finds its standard input at end-of-file, as it should).</summary>
    public static byte[] StandardInput => SeccompFilter.Supported ? SeccompFilter.Program() : [];

    /// <summary>The arguments before the worker's own command line; the process must be given <see cref="StandardInput"/>.</summary>
    public static List<string> Arguments(SandboxView view)
    {
        var args = new List<string>
        {
            "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
            "--uid", SandboxUserId.ToString(CultureInfo.InvariantCulture), "--gid", SandboxUserId.ToString(CultureInfo.InvariantCulture),
            "--hostname", "grading-sandbox",
        };
        if (SeccompFilter.Supported) args.AddRange(["--seccomp", "0"]);
        args.AddRange(
        [
            // First, so that a folder the worker needs under /tmp (an assignment copied there) is bound over it, not hidden by it.
            "--size", TemporaryBytes.ToString(CultureInfo.InvariantCulture), "--tmpfs", "/tmp",
        ]);
        foreach (string folder in view.ReadOnlyFolders)
        {
            // A link such as /lib -> usr/lib stays a link, so the libraries are seen once, under /usr.
            if (new FileInfo(folder).LinkTarget is { } target) args.AddRange(["--symlink", target, folder]);
            else args.AddRange(["--ro-bind", folder, folder]);
        }
        foreach (string file in view.ReadOnlyFiles) args.AddRange(["--ro-bind", file, file]);
        foreach (string device in view.Devices) args.AddRange(["--dev-bind-try", device, device]);
        // The sandbox's root is bwrap's own tmpfs, holding the mount points: read-only too, so /tmp is the one writable place.
        args.AddRange(["--proc", "/proc", "--dev", "/dev", "--remount-ro", "/", "--chdir", "/tmp", "--"]);
        return args;
    }

    /// <summary>Runs <c>true</c> in a sandbox made as a worker's is: user namespaces may be off (a sysctl,
    /// AppArmor on Ubuntu 24.04) or bwrap absent; the reason is what bwrap said.</summary>
    private static SandboxStatus Detect(string tool)
    {
        if (!OperatingSystem.IsLinux()) return SandboxStatus.Unavailable("bubblewrap runs only on Linux");
        string? path = SandboxView.RealPathOrNull(tool);
        if (path is null) return SandboxStatus.Unavailable("bubblewrap (bwrap) is not installed: apt-get install bubblewrap");
        var probe = new SandboxView(new[] { "/usr", "/bin", "/lib", "/lib64" }.Where(Directory.Exists).ToList(), [], []);
        var start = new ProcessStartInfo(path) { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (string arg in Arguments(probe)) start.ArgumentList.Add(arg);
        start.ArgumentList.Add("/bin/true");
        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.BaseStream.Write(StandardInput);
            process.StandardInput.Close();
            string error = process.StandardError.ReadToEnd();
            if (!process.WaitForExit(10_000))
            {
                process.Kill(entireProcessTree: true);
                return SandboxStatus.Unavailable("bubblewrap did not answer within 10 s");
            }
            return process.ExitCode == 0
                ? SandboxStatus.Ready(path)
                : SandboxStatus.Unavailable($"bubblewrap cannot make a sandbox here: {FirstLine(error)}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return SandboxStatus.Unavailable($"bubblewrap could not be started: {e.Message}");
        }
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "it failed without a word";
}
