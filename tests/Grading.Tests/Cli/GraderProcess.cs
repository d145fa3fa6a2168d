using Grading.Tests.Support;

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
        var run = CommandRunner.Run(workingDirectory, new Dictionary<string, string>(), timeout, "dotnet", [GraderDll, .. args]);
        return new Outcome(run.ExitCode, run.Stdout, run.Stderr);
    }
}
