using Grading.Core.Grading;
using Grading.Core.Isolation;
using Grading.Core.Results;
using Grading.Core.Running;
using Grading.Tests.Support;

namespace Grading.Tests.Isolation;

/// <summary>
/// Each section runs under its own <c>memory_limit_mb</c>, not the largest of the assignment's: a copy of
/// PS1's assignment.yml with one section's limit changed shows that limit, and only that section, biting.
/// </summary>
[NonParallelizable]
public class SectionMemoryLimitTests
{
    private TempFolder _assignment = null!;

    [OneTimeSetUp]
    public void NeedsControlGroups()
    {
        using var probe = CgroupLimits.TryCreate(1 << 30, 256, out string why);
        // Without control groups only the managed heap is capped, and the native bomb would eat the machine.
        if (probe is null) Assert.Ignore($"Native memory cannot be limited here: {why}");
    }

    [SetUp]
    public void CopyAssignment() => _assignment = new TempFolder("ps1-memory-");

    [TearDown]
    public void RemoveAssignment() => _assignment.Dispose();

    /// <summary>PS1's assignment folder (spec and data) with <paramref name="limits"/> added to those sections.</summary>
    private string SpecWith(params (string Section, int Megabytes)[] limits)
    {
        string source = RepositoryPaths.Assignment("ps1-autograd");
        foreach (string file in Directory.GetFiles(Path.Combine(source, "data")))
            _assignment.Write(Path.Combine("data", Path.GetFileName(file)), File.ReadAllText(file));
        string yaml = File.ReadAllText(RepositoryPaths.Ps1Spec);
        foreach (var (section, megabytes) in limits)
        {
            string anchor = $"  - id: \"{section}\"\n";
            Assert.That(yaml, Does.Contain(anchor));
            // The section may set its own limit already (1.1 does): this one replaces it.
            int start = yaml.IndexOf(anchor, StringComparison.Ordinal), next = yaml.IndexOf("  - id: ", start + anchor.Length, StringComparison.Ordinal);
            string block = yaml[start..(next < 0 ? yaml.Length : next)];
            string replaced = System.Text.RegularExpressions.Regex.Replace(block, @"(?m)^    memory_limit_mb: .*\n", "");
            yaml = yaml.Replace(block, replaced.Replace(anchor, $"{anchor}    memory_limit_mb: {megabytes}\n"));
        }
        return _assignment.Write("assignment.yml", yaml);
    }

    private static GradingResult Grade(string spec, string fixture)
    {
        using var grader = Grader.Open(spec, new GradingOptions { Device = "cpu", Isolation = IsolationMode.Process });
        return Ps1Grading.GradeOverlay(grader, Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "hostile", fixture));
    }

    [Test]
    public void RunAll_NativeBombUnderALowerSectionLimit_IsKilledAtThatSectionsLimit()
    {
        var result = Grade(SpecWith(("1.3", 512)), "native-memory-bomb");

        Assert.That(result.Section("1.3").Status, Is.EqualTo(SectionStatus.Error));
        Assert.That(result.Section("1.3").FirstProblem, Does.Contain("512 MiB memory limit"));
        // 1.4 comes after 1.3 in a fresh worker with the default 1024 MiB: untouched.
        Assert.That(result.Section("1.4").Status, Is.EqualTo(SectionStatus.Passed), result.Section("1.4").FirstProblem);
        var memory = result.Isolation!.Limits.Single(l => l.Name == "memory");
        Assert.That(memory.Value, Does.Contain("1.3: 512 MiB").And.Contain("1.4: 1024 MiB"));
    }

    [Test]
    public void RunAll_LimitTooLowForTheRuntime_CostsThatSectionOnlyAndSaysSo()
    {
        // 32 MiB cannot hold the .NET runtime and libtorch: the worker dies loading, before any student code.
        var result = Grade(SpecWith(("1.1", 32)), "../../../reference/ps1-autograd");

        Assert.That(result.Section("1.1").Status, Is.EqualTo(SectionStatus.Error));
        Assert.That(result.Section("1.1").FirstProblem, Does.Contain("32 MiB memory limit while loading").And.Contain("memory_limit_mb"));
        foreach (string id in new[] { "1.2", "1.3", "1.4" })
            Assert.That(result.Section(id).Status, Is.EqualTo(SectionStatus.Passed), $"{id}: {result.Section(id).FirstProblem}");
    }
}
