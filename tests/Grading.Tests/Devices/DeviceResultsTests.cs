using Grading.Core.Devices;
using Grading.Core.Results;
using Grading.Core.Running;
using static Grading.Tests.Devices.DeviceCases;

namespace Grading.Tests.Devices;

/// <summary>Folding other devices' runs into the primary result: the score never moves, times compare, disagreements are named.</summary>
public class DeviceResultsTests
{
    [Test]
    public void Merge_GpuPrimaryAndCpu_RecordsBothRunsWithTheCpusTimeRatio()
    {
        var merged = DeviceResults.Merge(On("cuda", 300, 200), Plan(Gpu, Cpu), [(Cpu, On("cpu", 1200, 1000))]);
        var runs = merged.Sections.Single(s => s.Id == "1.3").DeviceRuns!;
        Assert.That(runs.Select(r => (r.Device, r.Primary, r.DurationMs)), Is.EqualTo(new[] { ("cuda", true, 300.0), ("cpu", false, 1200.0) }));
        Assert.That(runs[0].TimeRatio, Is.EqualTo(1.0));
        Assert.That(runs[1].TimeRatio, Is.EqualTo(4.0));
        Assert.That(runs[1].DeviceName, Is.EqualTo("Test CPU 3000"));
        Assert.That(runs[1].Values!["weights"], Is.EqualTo(new[] { 0.5, 1.5 }));
        Assert.That(merged.Sections.Single(s => s.Id == "1.4").DeviceRuns![1].TimeRatio, Is.EqualTo(5.0));
    }

    [Test]
    public void Merge_SectionOnNoDevice_GetsNoDeviceRuns()
    {
        var merged = DeviceResults.Merge(On("cuda", 300, 200), Plan(Gpu, Cpu), [(Cpu, On("cpu", 1200, 1000))]);
        Assert.That(merged.Sections.Single(s => s.Id == "1.1").DeviceRuns, Is.Null);
    }

    [Test]
    public void Merge_AllAgree_KeepsTheScoreAndReportsNoDisagreement()
    {
        var primary = On("cuda", 300, 200);
        var merged = DeviceResults.Merge(primary, Plan(Gpu, Cpu), [(Cpu, On("cpu", 1200, 1000))]);
        Assert.That(merged.Score, Is.EqualTo(primary.Score));
        Assert.That(merged.Devices!.Disagreements, Is.Empty);
        Assert.That(merged.Devices.Devices, Is.EqualTo(new[] { Gpu, Cpu }));
        Assert.That(merged.Devices.Requested, Is.EqualTo("all"));
    }

    [Test]
    public void Merge_PassesOnTheCpuButNotOnTheGpu_SaysSoAndKeepsTheGpuScore()
    {
        var gpu = On("cuda", 300, 200, score13: 19, status13: SectionStatus.Partial, problem13: "weights b2 off by 0.02.");
        var merged = DeviceResults.Merge(gpu, Plan(Gpu, Cpu), [(Cpu, On("cpu", 1200, 1000))]);
        Assert.That(merged.Score, Is.EqualTo(gpu.Score), "the primary device scores");
        var disagreement = merged.Devices!.Disagreements.Single();
        Assert.That(disagreement.Section, Is.EqualTo("1.3"));
        Assert.That(disagreement.Message, Is.EqualTo("1.3 passes on cpu but not on cuda (partial, 19/25): weights b2 off by 0.02."));
    }

    [Test]
    public void Merge_FailsOnTheSecondDevice_NamesThatDevicesProblem()
    {
        var cpu = On("cpu", 1200, 1000, score13: 0, status13: SectionStatus.Error, problem13: "CUDA out of memory.");
        var merged = DeviceResults.Merge(On("cuda", 300, 200), Plan(Gpu, Cpu), [(Cpu, cpu)]);
        Assert.That(merged.Devices!.Disagreements.Single().Message, Is.EqualTo("1.3 passes on cuda but not on cpu (error, 0/25): CUDA out of memory."));
    }

    [Test]
    public void Merge_RunThatDidNotComplete_HasNoTimeRatio()
    {
        var cpu = On("cpu", 60_000, 1000);
        cpu = cpu with { Sections = cpu.Sections.Select(s => s.Id == "1.3" ? s with { Raw = s.Raw with { Outcome = RunOutcome.TimedOut } } : s).ToList() };
        var merged = DeviceResults.Merge(On("cuda", 300, 200), Plan(Gpu, Cpu), [(Cpu, cpu)]);
        Assert.That(merged.Sections.Single(s => s.Id == "1.3").DeviceRuns![1].TimeRatio, Is.Null);
    }

    [Test]
    public void Merge_CpuOnly_RecordsTheOneRunAndThePlansNote()
    {
        var plan = new DevicePlan("all", [Cpu], "no CUDA device: tensor sections ran on cpu only");
        var merged = DeviceResults.Merge(On("cpu", 1200, 1000), plan, []);
        Assert.That(merged.Sections.Single(s => s.Id == "1.3").DeviceRuns!.Select(r => r.Device), Is.EqualTo(new[] { "cpu" }));
        Assert.That(merged.Devices!.Note, Does.Contain("no CUDA device"));
    }

    [Test]
    public void Merge_PrimaryResultFromAnotherDevice_IsABug()
    {
        Assert.That(() => DeviceResults.Merge(On("cpu", 1, 1), Plan(Gpu, Cpu), []), Throws.InvalidOperationException);
    }
}
