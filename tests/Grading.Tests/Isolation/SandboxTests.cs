using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Isolation;

/// <summary>
/// Student code that calls anything at all, graded in the OS sandbox with the static policy off: it reaches
/// no file, secret or process outside its worker, cannot change its limits, cannot outlive its section,
/// and cannot forge the grader's channel. Canaries outside the sandbox prove nothing was read or written.
/// </summary>
[NonParallelizable]
public class SandboxTests
{
    private const string Secret = "GRADING_CANARY_SECRET";
    private Grader _grader = null!;

    [OneTimeSetUp]
    public void Open()
    {
        SandboxFixtures.RequireSandbox();
        // Set before any worker starts: a worker that inherited the grader's environment would carry it.
        Environment.SetEnvironmentVariable(Secret, "s3cr3t-token");
        _grader = SandboxFixtures.Open(sandbox: true, "1.2", "1.3");
    }

    [OneTimeTearDown]
    public void Close()
    {
        _grader?.Dispose();
        Environment.SetEnvironmentVariable(Secret, null);
    }

    [Test]
    public void Grade_EscapeProbe_ReachesNothingOutsideTheSandbox()
    {
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string marker = Guid.NewGuid().ToString("N");
        string[] canaries =
        [
            Path.Combine(home, $"grading-canary-{marker}.txt"),
            Path.Combine(RepositoryPaths.Root, $"grading-canary-{marker}.txt"),
            Path.Combine(Path.GetTempPath(), $"grading-canary-{marker}.txt"),
        ];
        try
        {
            foreach (string canary in canaries) File.WriteAllText(canary, "canary " + marker);
            var result = SandboxFixtures.Grade(_grader, "escape-probe");

            var section = result.Section("1.2");
            Assert.That(section.FirstProblem, Does.Contain("nothing outside the sandbox was reachable"), section.FirstProblem);
            Assert.That(FilesLookedAt(section.FirstProblem!), Is.GreaterThan(100), "the probe did walk what it could see");
            foreach (string canary in canaries) Assert.That(File.ReadAllText(canary), Is.EqualTo("canary " + marker), canary);
            Assert.That(result.Section("1.3").Status, Is.EqualTo(SectionStatus.Passed), "the next section gets a clean worker");
        }
        finally
        {
            foreach (string canary in canaries) File.Delete(canary);
        }
    }

    [Test]
    public void Grade_EnvironmentProbe_FindsNoSecretAndOnlyItsOwnProcesses()
    {
        var section = SandboxFixtures.Grade(_grader, "environment-probe").Section("1.2");

        Assert.That(section.FirstProblem, Does.Contain("no secret in reach"), section.FirstProblem);
        // bwrap's init, the worker and nothing else: the grader and the machine's processes are out of sight.
        Assert.That(ProcessesVisible(section.FirstProblem!), Is.LessThanOrEqualTo(3));
    }

    [Test]
    public void Grade_DetachedProcess_DoesNotOutliveItsSection()
    {
        var result = SandboxFixtures.Grade(_grader, "orphan-process");

        Assert.That(result.Section("1.2").FirstProblem, Does.Contain("orphan started"));
        Assert.That(OrphanWatch.Survivors("31.4159"), Is.Empty, "every process the section started ended with its worker");
    }

    [Test]
    public void Grade_ForgedAnswersOnTheWorkersPipes_VoidOnlyTheForgingSection()
    {
        var result = SandboxFixtures.Grade(_grader, "protocol-forgery");

        var forged = result.Section("1.2");
        Assert.That(forged.Score, Is.Zero);
        Assert.That(forged.Status, Is.EqualTo(SectionStatus.Error));
        Assert.That(forged.FirstProblem, Does.Contain("1.2 gets no points: its worker sent"));
        Assert.That(result.Section("1.3").Score, Is.EqualTo(25), "the forged answer for 1.3 reached nothing: 1.3 ran in its own worker");
    }

    [Test]
    public void Grade_RaisingItsOwnMemoryLimit_FailsAndTheLimitHolds()
    {
        using (var probe = Core.Isolation.CgroupLimits.TryCreate(1 << 30, 256, out string why))
            if (probe is null) Assert.Ignore($"Native memory cannot be limited here: {why}");
        var section = SandboxFixtures.Grade(_grader, "cgroup-escape").Section("1.3");

        Assert.That(section.Status, Is.EqualTo(SectionStatus.Error));
        Assert.That(section.FirstProblem, Does.Contain("1024 MiB memory limit"));
    }

    [Test]
    public void Grade_InTheSandbox_SaysSoInTheIsolationBlock()
    {
        var result = SandboxFixtures.Grade(_grader, "environment-probe");

        Assert.That(result.Isolation!.Mode, Does.Contain("OS sandbox"));
        Assert.That(result.Isolation.Limits.Single(l => l.Name == "sandbox").InForce, Is.True);
        Assert.That(result.Isolation.Limits.Single(l => l.Name == "files").InForce, Is.True);
    }

    private static int FilesLookedAt(string message) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(message, @"\((\d+) files looked at\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int ProcessesVisible(string message) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(message, @"\((\d+) processes visible\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
