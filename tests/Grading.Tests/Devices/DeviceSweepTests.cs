using Grading.Core.Devices;
using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;
using Grading.Tests.Support;
using static Grading.Tests.Devices.DeviceCases;

namespace Grading.Tests.Devices;

/// <summary>The sweep grades each extra device once per submission, and not at all for one that does not compile.</summary>
public class DeviceSweepTests
{
    [Test]
    public void Grade_TwoDevices_GradesTheSecondOnceWithTheSameRequest()
    {
        var asked = new List<(string Device, GradeRequest Request)>();
        using var sweep = new DeviceSweep(Plan(Gpu, Cpu), (device, request) =>
        {
            asked.Add((device.Id, request));
            return On(device.Id, 1200, 1000);
        });
        var request = new GradeRequest("/submissions/jdoe", "jdoe");
        var merged = sweep.Grade(On("cuda", 300, 200), request);
        Assert.That(asked, Is.EqualTo(new[] { ("cpu", request) }));
        Assert.That(merged.Sections.Single(s => s.Id == "1.3").DeviceRuns!.Count, Is.EqualTo(2));
    }

    [Test]
    public void Grade_SubmissionThatDoesNotCompile_RunsNothingElsewhere()
    {
        int calls = 0;
        using var sweep = new DeviceSweep(Plan(Gpu, Cpu), (device, _) => { calls++; return On(device.Id, 1, 1); });
        var broken = On("cuda", 0, 0) with { Compilation = SampleResults.NotCompiled() };
        var merged = sweep.Grade(broken, new GradeRequest("/submissions/jdoe"));
        Assert.That(calls, Is.Zero);
        Assert.That(merged.Devices, Is.Not.Null);
    }

    /// <summary>The real thing on this machine: the reference's tensor sections graded a second time on the CPU,
    /// standing in for a second device, by a grader that runs the tensor sections only.</summary>
    [Test]
    public void OverGraders_SecondDevice_RunsTheTensorSectionsOnlyAndAgreesWithThePrimary()
    {
        var options = new GradingOptions { Device = "cpu", Isolation = IsolationMode.InProcess };
        using var grader = Grader.Open(RepositoryPaths.Ps1Spec, options);
        var request = new GradeRequest(Ps1Grading.Reference);
        var primary = grader.Grade(request);
        var secondCpu = new ComputeDevice("cpu", "the same CPU, graded again");
        using var sweep = DeviceSweep.OverGraders(new DevicePlan("cpu,cpu", [Cpu, secondCpu], "test"), RepositoryPaths.Ps1Spec, grader.Spec, options);

        var merged = sweep.Grade(primary, request);

        Assert.That(merged.Score, Is.EqualTo(primary.Score));
        Assert.That(merged.Sections.Where(s => s.DeviceRuns is not null).Select(s => s.Id), Is.EqualTo(new[] { "1.3", "1.4" }));
        foreach (var section in merged.Sections.Where(s => s.DeviceRuns is not null))
        {
            var second = section.DeviceRuns![1];
            Assert.That(second.Status, Is.EqualTo(SectionStatus.Passed), section.Id);
            Assert.That(second.DurationMs, Is.GreaterThan(0), section.Id);
            Assert.That(second.Values!["weights"], Is.EqualTo(section.DeviceRuns[0].Values!["weights"]).Within(1e-12), $"{section.Id}: same seed, same device, same weights");
        }
        Assert.That(merged.Devices!.Disagreements, Is.Empty);
    }

    [Test]
    public void Grade_OnlySections_RunsThoseAndReportsTheRestAsNotRun()
    {
        using var grader = Grader.Open(RepositoryPaths.Ps1Spec,
            new GradingOptions { Device = "cpu", Isolation = IsolationMode.InProcess, OnlySections = new HashSet<string> { "1.1" } });
        var result = grader.Grade(new GradeRequest(Ps1Grading.Reference));
        Assert.That(result.Sections.Single(s => s.Id == "1.1").Status, Is.EqualTo(SectionStatus.Passed));
        var skipped = result.Sections.Where(s => s.Id != "1.1").ToList();
        Assert.That(skipped.Select(s => s.Raw.Outcome), Is.All.EqualTo(RunOutcome.NotRun));
        Assert.That(skipped.Select(s => s.Error), Is.EqualTo(skipped.Select(s => $"{s.Id} was not asked for in this run.")));
    }
}
