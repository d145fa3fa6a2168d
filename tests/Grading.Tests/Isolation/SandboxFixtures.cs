using Grading.Core.Grading;
using Grading.Core.Isolation.Sandbox;
using Grading.Core.Results;
using Grading.Core.Running;
using Grading.Tests.Support;

namespace Grading.Tests.Isolation;

/// <summary>
/// Graders for the sandbox tests. Their fixtures call file, process and descriptor APIs directly, so
/// they are graded with the static policy off: what stops them here must be the operating system.
/// </summary>
internal static class SandboxFixtures
{
    public static string Folder(string name) => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "sandbox", name);

    /// <summary>Skips a test where bubblewrap cannot make a sandbox (CI installs it: there it always runs).</summary>
    public static void RequireSandbox()
    {
        if (!Bubblewrap.Status.Available) Assert.Ignore($"No OS sandbox here: {Bubblewrap.Status.Why}");
    }

    public static Grader Open(bool sandbox, params string[] sections) => Grader.Open(RepositoryPaths.Ps1Spec, new GradingOptions
    {
        Device = "cpu", Isolation = IsolationMode.Process, Sandbox = sandbox, SkipStaticPolicy = true,
        OnlySections = sections.Length == 0 ? null : sections.ToHashSet(),
    });

    public static GradingResult Grade(Grader grader, string fixture) => Ps1Grading.GradeOverlay(grader, Folder(fixture));
}
