using Grading.Tests.Support;

namespace Grading.Tests.Cli;

/// <summary><c>grader benchmark</c> through the CLI, on a template (its stubs throw at once, so a run costs the
/// grader's own time only).</summary>
public class CliBenchmarkTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Test]
    public void Benchmark_AutodiffTemplateWithoutAssignment_TimesItAsAutodiffWarmup()
    {
        using var work = new TempFolder("grader-cli-");
        var run = GraderProcess.Run(work.Path, Timeout, "benchmark", AutodiffGrading.Template, "--runs", "1", "--device", "cpu", "--isolation", "none");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stdout + run.Stderr);
        Assert.That(run.Stdout, Does.Contain("assignment autodiff-warmup"));
        // Its six sections, cold and warm: PS1's would be 1.1-1.5.
        Assert.That(run.Stdout, Does.Match(@"(?m)^\s+section 6\s").And.Not.Match(@"(?m)^\s+section 1\.1\s"));
        Assert.That(run.Stdout, Does.Contain("Cold: a new grader process per run").And.Contain("Warm: repeated grading in one process"));
    }
}
