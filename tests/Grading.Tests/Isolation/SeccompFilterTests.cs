using System.Diagnostics;
using Grading.Core.Isolation.Sandbox;

namespace Grading.Tests.Isolation;

/// <summary>
/// The sandbox's seccomp filter, run by bubblewrap as a worker's is: ordinary programs work, the calls an
/// escape starts with are refused, and the kernel reports the filter, no_new_privs and no capabilities.
/// </summary>
public class SeccompFilterTests
{
    [SetUp]
    public void RequireFilter()
    {
        SandboxFixtures.RequireSandbox();
        if (!SeccompFilter.Supported) Assert.Ignore("The seccomp filter is x86-64's.");
    }

    [Test]
    public void Sandbox_OrdinaryProgram_RunsUnderTheFilter()
    {
        var (exitCode, output, _) = InSandbox("/bin/sh", "-c", "echo ready; ls /usr >/dev/null && echo listed");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Is.EqualTo("ready\nlisted\n"));
    }

    [Test]
    public void Sandbox_KernelStatus_ShowsFilterNoNewPrivsAndNoCapabilities()
    {
        var (_, status, _) = InSandbox("/bin/cat", "/proc/self/status");

        Assert.That(status, Does.Match(@"Seccomp:\s+2"), "filter mode");
        Assert.That(status, Does.Match(@"NoNewPrivs:\s+1"));
        Assert.That(status, Does.Match(@"CapEff:\s+0+\n"));
        Assert.That(status, Does.Match(@"Uid:\s+10001"));
    }

    [TestCase("/usr/bin/unshare", "--user", "/bin/true")]
    [TestCase("/usr/bin/unshare", "--net", "/bin/true")]
    public void Sandbox_NewNamespace_IsRefused(params string[] command)
    {
        var (exitCode, _, error) = InSandbox(command);

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(error, Does.Contain("Operation not permitted"));
    }

    private static (int ExitCode, string Output, string Error) InSandbox(params string[] command)
    {
        var start = new ProcessStartInfo(Bubblewrap.Status.ToolPath!)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (string arg in Bubblewrap.Arguments(new SandboxView(new[] { "/usr", "/bin", "/lib", "/lib64" }.Where(Directory.Exists).ToList(), [], [])))
            start.ArgumentList.Add(arg);
        foreach (string arg in command) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardInput.BaseStream.Write(Bubblewrap.StandardInput);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.That(process.WaitForExit(10_000), Is.True);
        return (process.ExitCode, output, error.Result);
    }
}
