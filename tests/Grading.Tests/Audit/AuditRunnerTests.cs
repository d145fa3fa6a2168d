using Grading.Core.Audit;
using Grading.Core.Running;
using Grading.Tests.Support;

namespace Grading.Tests.Audit;

/// <summary>
/// The whole audit on PS1's section 1.1 (three mutants, each graded in its own worker): with the repository's
/// audit.yml every mutant that counts is noticed; with 1.1's tolerance widened past the mistake the same mutant
/// survives, which is what the audit is for. A second run takes every grade from the first.
/// </summary>
public sealed class AuditRunnerTests
{
    private TempFolder _assignment = null!;
    // Beside the assignment, not in it: the assignment folder's files are part of the key saved grades are kept under.
    private TempFolder _out = null!;

    [SetUp]
    public void CopyAssignment()
    {
        _assignment = new TempFolder("ps1-audit-");
        _out = new TempFolder("ps1-audit-out-");
    }

    [TearDown]
    public void RemoveAssignment()
    {
        _assignment.Dispose();
        _out.Dispose();
    }

    /// <summary>PS1's folder (spec, data, audit.yml) with 1.1's weights tolerance set to <paramref name="tolerance"/>.</summary>
    private string Spec(string tolerance = "0.0006")
    {
        string source = RepositoryPaths.Assignment("ps1-autograd");
        foreach (string file in Directory.GetFiles(Path.Combine(source, "data")))
            _assignment.Write(Path.Combine("data", Path.GetFileName(file)), File.ReadAllText(file));
        _assignment.Write(AuditSpec.FileName, File.ReadAllText(Path.Combine(source, AuditSpec.FileName)));
        string yaml = File.ReadAllText(RepositoryPaths.Ps1Spec);
        const string Weights = "- { kind: weights, points: 10, tolerance: 0.0006 }";
        Assert.That(yaml, Does.Contain(Weights));
        return _assignment.Write("assignment.yml", yaml.Replace(Weights, Weights.Replace("0.0006", tolerance, StringComparison.Ordinal), StringComparison.Ordinal));
    }

    private AuditReport Audit(string spec, double? threshold = null) => new AuditRunner(spec, new AuditOptions
    {
        ReferenceFolder = Ps1Grading.Reference,
        OutFolder = _out.Path,
        Jobs = 2,
        Sections = new HashSet<string> { "1.1" },
        Threshold = threshold,
        Grading = new GradingOptions { Device = "cpu", Isolation = IsolationMode.Process, ConcurrentWorkerStarts = 2 },
    }).Run(new RecordingProgress());

    [Test]
    public void Run_Section11_NoticesEveryMutantThatCountsAndResumesFromTheSavedGrades()
    {
        string spec = Spec();
        var first = Audit(spec, threshold: 95);

        Assert.That(first.Sections.Select(s => s.Section), Is.EqualTo(new[] { "1.1" }));
        var section = first.Sections[0];
        Assert.That(first.Mutants, Has.Count.EqualTo(section.Mutants), "other sections' code is skipped, not counted as unreached");
        Assert.That(section.Survived, Is.Zero, string.Join("\n", first.Mutants.Where(m => m.Status == MutantStatus.Survived).Select(m => m.Mutant.Diff)));
        Assert.That(section.Killed, Is.GreaterThan(0));
        Assert.That(section.Equivalent, Is.GreaterThan(0), "audit.yml lists 1.1's rounding changes");
        Assert.That(section.Score, Is.EqualTo(100));
        Assert.That(first.BelowThreshold, Is.Empty);
        var killed = first.Mutants.First(m => m.Status == MutantStatus.Killed);
        Assert.That(killed.Sections.Single().FailedChecks.Select(c => c.Name), Does.Contain("weights"));
        Assert.That(killed.Mutant.Diff, Does.StartWith("--- a/Section11ClosedForm.cs\n+++ b/Section11ClosedForm.cs\n@@ "));

        var second = Audit(spec);
        Assert.That(second.Graded, Is.Zero);
        Assert.That(second.Resumed, Is.EqualTo(first.Mutants.Count), "equivalents are graded too, and saved");
        Assert.That(second.Sections[0] with { Section = "1.1" }, Is.EqualTo(section));
    }

    [Test]
    public void Run_AToleranceWiderThanTheMistake_LeavesItAsASurvivorBelowTheThreshold()
    {
        var report = Audit(Spec(tolerance: "2.0"), threshold: 95);

        var survivor = report.Mutants.FirstOrDefault(m => m.Status == MutantStatus.Survived);
        Assert.That(survivor, Is.Not.Null, "a 1.1 answer off by 1 passes a tolerance of 2");
        Assert.That(survivor!.Sections.Single().PassedChecks, Does.Contain("weights"));
        Assert.That(report.BelowThreshold.Select(s => s.Section), Is.EqualTo(new[] { "1.1" }));
    }

    private sealed class RecordingProgress : IAuditProgress
    {
        public void Started(int toGrade, int total) { }

        public void Finished(MutantResult result) { }
    }
}
