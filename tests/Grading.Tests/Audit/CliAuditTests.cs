using Grading.Core.Audit;
using Grading.Tests.Cli;
using Grading.Tests.Support;

namespace Grading.Tests.Audit;

/// <summary><c>grader audit</c> as a course's CI runs it: PS1's 1.1 with its weights tolerance widened past a mistake,
/// so one mutant survives and <c>--threshold</c> fails the run; and the arguments it refuses.</summary>
public sealed class CliAuditTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>An assignments folder holding PS1 with 1.1's tolerance set to 2.</summary>
    private static TempFolder WeakenedAssignments()
    {
        var work = new TempFolder("grader-audit-");
        string source = RepositoryPaths.Assignment("ps1-autograd");
        foreach (string file in Directory.GetFiles(Path.Combine(source, "data")))
            work.Write(Path.Combine("assignments", "ps1-autograd", "data", Path.GetFileName(file)), File.ReadAllText(file));
        work.Write(Path.Combine("assignments", "ps1-autograd", AuditSpec.FileName), File.ReadAllText(Path.Combine(source, AuditSpec.FileName)));
        string yaml = File.ReadAllText(RepositoryPaths.Ps1Spec).Replace("{ kind: weights, points: 10, tolerance: 0.0006 }", "{ kind: weights, points: 10, tolerance: 2.0 }", StringComparison.Ordinal);
        work.Write(Path.Combine("assignments", "ps1-autograd", "assignment.yml"), yaml);
        return work;
    }

    [Test]
    public void Audit_ASurvivorBelowTheThreshold_PrintsItWritesTheReportAndExitsOne()
    {
        using var work = WeakenedAssignments();
        var run = GraderProcess.Run(work.Path, Timeout, "audit", "ps1-autograd", "--assignments-dir", Path.Combine(work.Path, "assignments"),
            "--reference", Ps1Grading.Reference, "--sections", "1.1", "--threshold", "95", "--jobs", "2", "--out", "out");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stdout + run.Stderr);
        Assert.That(run.Stdout, Does.Match(@"(?m)^Section\s+Mutants\s+Killed\s+Survived\s+Timeout\s+Crashed\s+Not compiled\s+Equivalent\s+Unreached\s+Score$"));
        Assert.That(run.Stdout, Does.Match(@"(?m)^1\.1\s+3\s+0\s+1\s+0\s+0\s+0\s+2\s+0\s+0\.0 %$"));
        Assert.That(run.Stdout, Does.Contain("1 mutant kept full marks (blind spots of the checks):"));
        Assert.That(run.Stdout, Does.Contain("1.1 is below the threshold: 0.0 % < 95 %."));
        var report = AuditJson.Deserialize(File.ReadAllText(Path.Combine(work.Path, "out", "audit.json")));
        var survivor = report.Mutants.Single(m => m.Status == MutantStatus.Survived);
        Assert.That(File.ReadAllText(Path.Combine(work.Path, "out", "audit.html")), Does.Contain(survivor.Mutant.Id));
    }

    [TestCase("--sections", "1.9", "has no section '1.9'")]
    [TestCase("--threshold", "120", "a score is a percentage")]
    [TestCase("--jobs", "0", "at least 1 job")]
    public void Audit_BadArgument_ExitsTwoAndSaysWhy(string option, string value, string message)
    {
        using var work = new TempFolder("grader-audit-args-");
        var run = GraderProcess.Run(work.Path, Timeout, "audit", "ps1-autograd", "--reference", Ps1Grading.Reference, option, value, "--out", "out");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stdout + run.Stderr);
        Assert.That(run.Stderr, Does.Contain(message));
    }
}
