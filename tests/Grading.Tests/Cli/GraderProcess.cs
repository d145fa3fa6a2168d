using System.Diagnostics;

namespace Grading.Tests.Cli;

/// <summary>
/// Runs the built CLI as users do, in its own process: <c>dotnet grader.dll …</c> from the test's
/// output folder, where the Grading.Cli reference puts grader.dll and the PS1 harness its assignments/.
/// </summary>
internal static class GraderProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static string GraderDll => Path.Combine(TestContext.CurrentContext.TestDirectory, "grader.dll");

    /// <summary>Runs the grader in <paramref name="workingDirectory"/>, killing it after <paramref name="timeout"/>.</summary>
    public static Outcome Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        // The SDK's test host sets DOTNET_HOST_PATH to the dotnet it runs on; use the same one.
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(GraderDll);
        foreach (string arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {dotnet}");
        // Read both streams while it runs: a full pipe would block the grader.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"grader {string.Join(' ', args)} ran past {timeout.TotalSeconds} s.\nstdout:\n{stdout.Result}\nstderr:\n{stderr.Result}");
        }
        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
