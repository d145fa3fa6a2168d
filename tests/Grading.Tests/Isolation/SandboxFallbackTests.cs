using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Isolation;

/// <summary>
/// Workers without the OS sandbox (a machine without user namespaces): the result says so, and what
/// does not depend on the sandbox still holds: the worker's environment is an allow-list, processes it
/// started end with it (control groups), and the channel takes only answers to the call. The environment
/// probe seeing the machine's processes here is what shows the sandbox tests could fail.
/// </summary>
[NonParallelizable]
public class SandboxFallbackTests
{
    private const string Secret = "GRADING_CANARY_SECRET";
    private Grader _grader = null!;

    [OneTimeSetUp]
    public void Open()
    {
        Environment.SetEnvironmentVariable(Secret, "s3cr3t-token");
        _grader = SandboxFixtures.Open(sandbox: false, "1.2", "1.3");
    }

    [OneTimeTearDown]
    public void Close()
    {
        _grader?.Dispose();
        Environment.SetEnvironmentVariable(Secret, null);
    }

    [Test]
    public void Grade_WithoutSandbox_SaysSoPlainly()
    {
        var result = SandboxFixtures.Grade(_grader, "environment-probe");

        Assert.That(result.Isolation!.Mode, Does.Contain("NO SANDBOX"));
        var sandbox = result.Isolation.Limits.Single(l => l.Name == "sandbox");
        Assert.That(sandbox.InForce, Is.False);
        Assert.That(sandbox.EnforcedBy, Does.Contain("the sandbox was turned off"));
    }

    [Test]
    public void Grade_WithoutSandbox_WorkerEnvironmentIsStillAnAllowList()
    {
        var message = SandboxFixtures.Grade(_grader, "environment-probe").Section("1.2").FirstProblem!;

        Assert.That(message, Does.Not.Contain("my own environment"), "the worker never inherits the grader's variables");
        Assert.That(ProcessesVisible(message), Is.GreaterThan(3),
            "without the sandbox the machine's processes, the grader's among them, are in reach: the sandbox is what hides them");
    }

    private static int ProcessesVisible(string message) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(message, @"\((\d+) processes visible\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Grade_WithoutSandbox_ForgedAnswersStillVoidOnlyTheForgingSection()
    {
        var result = SandboxFixtures.Grade(_grader, "protocol-forgery");

        Assert.That(result.Section("1.2").FirstProblem, Does.Contain("1.2 gets no points: its worker sent"));
        Assert.That(result.Section("1.3").Score, Is.EqualTo(25));
    }

    [Test]
    public void Grade_WithoutSandbox_DetachedProcessesEndWithTheirControlGroup()
    {
        using (var probe = Core.Isolation.CgroupLimits.TryCreate(1 << 30, 256, out string why))
            if (probe is null) Assert.Ignore($"No control groups here: {why}");
        SandboxFixtures.Grade(_grader, "orphan-process");

        Assert.That(OrphanWatch.Survivors("31.4159"), Is.Empty);
    }
}
