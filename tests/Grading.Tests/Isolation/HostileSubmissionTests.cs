using System.Diagnostics;
using Grading.Core.Grading;
using Grading.Core.Isolation;
using Grading.Core.Results;
using Grading.Core.Running;
using Grading.Tests.Support;

namespace Grading.Tests.Isolation;

/// <summary>
/// Every hostile fixture, graded with worker-process isolation: each gets its exact verdict, costs only
/// the sections it hits, and grading finishes in bounded time without taking the grader down. Only the
/// fixtures that must hit the time limit are graded with limits scaled to a tenth (1.2's 60 s become
/// 6 s); the others keep the real limits, so a busy machine cannot turn their verdict into a timeout. The cases are
/// graded together, a few at a time, before the first one is asserted: each runs in worker processes of its own (so
/// nothing is shared), and most of a case's time is spent waiting on a worker, not on a core.
/// </summary>
[NonParallelizable]
public class HostileSubmissionTests
{
    private const double TimeScale = 0.1;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private static readonly string[] All = ["1.1", "1.2", "1.3", "1.4", "1.5"];
    private const int ConcurrentCases = 3;
    private Grader _grader = null!;
    private Grader _shortLimits = null!;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (GradingResult Result, TimeSpan Took)> _graded = new();

    private static readonly HostileCase[] Cases =
    [
        new("infinite-loop", ["1.2"], SectionStatus.Error, "1.2 was killed after 6 s (time limit)"),
        new("static-constructor-loop", ["1.2"], SectionStatus.Error, "1.2 was killed after 6 s (time limit)"),
        new("sleep-forever", ["1.4"], SectionStatus.Error, "1.4 was killed after 6 s (time limit)"),
        new("stack-overflow", ["1.2"], SectionStatus.Error, "stack overflow in Section12ArrayGradientDescent.PairwiseSum"),
        new("managed-allocation-bomb", ["1.2"], SectionStatus.Error, "memory limit"),
        new("exception-message-throws", ["1.4"], SectionStatus.Error, "its message could not be read"),
        new("environment-exit", ["1.2"], SectionStatus.Error, "may not end the process"),
        new("fail-fast", ["1.3"], SectionStatus.Error, "may not end the process"),
        new("process-spawn", ["1.2"], SectionStatus.Error, "may not start or inspect processes"),
        new("file-write-outside", ["1.2"], SectionStatus.Error, "may not read or write files"),
        new("forge-result-file", ["1.2"], SectionStatus.Error, "may not read or write files"),
        new("network-connect", ["1.2"], SectionStatus.Error, "may not use the network"),
        new("reflection-into-grader", ["1.2"], SectionStatus.Error, "may not use reflection"),
        new("console-hijack", ["1.1"], SectionStatus.Error, "may not change the process's global state"),
        new("finalizer-crash", ["1.3"], SectionStatus.Error, "breaks the grading policy"),
        new("background-thread", ["1.2"], SectionStatus.Error, "may not start threads"),
        new("async-progress-reporter", ["1.2"], SectionStatus.Error, "may not use async code"),
        new("deadlock", ["1.2"], SectionStatus.Error, "may not start threads"),
        new("thread-bomb", ["1.2"], SectionStatus.Error, "may not start threads"),
        new("module-initializer", All, SectionStatus.Error, "runs code on loading that breaks the grading policy"),
        new("nan-results", ["1.1", "1.2"], SectionStatus.Partial, "not finite"),
        new("infinity-results", ["1.3"], SectionStatus.Partial, "not finite"),
        new("wrong-shape-training", ["1.2"], SectionStatus.Partial, "returned 5 weights, expected 7"),
        new("null-returns", ["1.1", "1.2"], SectionStatus.Error, "returned null"),
        new("output-flood", ["1.2"], SectionStatus.Partial, "no loss line for epoch"),
        new("unsafe-code", All, SectionStatus.Error, "does not compile"),
        // Their sizes and cut notes: BoundedResultTests.
        new("huge-exception-message", ["1.2"], SectionStatus.Error, "threw InvalidOperationException: The loss diverged"),
        new("huge-loss-history", ["1.2"], SectionStatus.Partial, "the loss history has 50000000 entries"),
    ];

    [OneTimeSetUp]
    public void OpenGraders()
    {
        _grader = Grader.Open(RepositoryPaths.Ps1Spec, new GradingOptions { Device = "cpu", Isolation = IsolationMode.Process });
        _shortLimits = Grader.Open(RepositoryPaths.Ps1Spec, new GradingOptions { Device = "cpu", Isolation = IsolationMode.Process, TimeLimitFactor = TimeScale });
        ThreadPool.GetMinThreads(out int workers, out int io);
        ThreadPool.SetMinThreads(Math.Max(workers, ConcurrentCases * 4), io); // each case blocks a pool thread on its worker's pipe
        Parallel.ForEach(Cases, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentCases }, hostile =>
        {
            var result = Grade(hostile.Fixture, out var took, hostile.HitsTimeLimit);
            _graded[hostile.Fixture] = (result, took);
        });
    }

    [OneTimeTearDown]
    public void CloseGraders()
    {
        _grader.Dispose();
        _shortLimits.Dispose();
    }

    private GradingResult Grade(string fixture, out TimeSpan took, bool shortLimits = false)
    {
        var clock = Stopwatch.StartNew();
        var grader = shortLimits ? _shortLimits : _grader;
        var result = Ps1Grading.GradeOverlay(grader, Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "hostile", fixture));
        took = clock.Elapsed;
        return result;
    }

    [TestCaseSource(nameof(Cases))]
    public void Grade_HostileSubmission_GetsItsVerdictAndCostsOnlyItsSections(HostileCase hostile)
    {
        var (result, took) = _graded[hostile.Fixture];

        Assert.That(took, Is.LessThan(Bound), "grading finished in bounded time");
        foreach (var section in result.Sections)
        {
            if (hostile.Sections.Contains(section.Id))
            {
                Assert.That(section.Status, Is.EqualTo(hostile.Status), $"{section.Id}: {section.FirstProblem}");
                Assert.That(section.FirstProblem, Does.Contain(hostile.Message), section.Id);
            }
            else
            {
                Assert.That(section.Score + section.PendingPoints, Is.EqualTo(section.MaxScore), $"{section.Id} is untouched: {section.FirstProblem}");
            }
        }
    }

    [Test]
    public void Grade_NativeMemoryBomb_IsStoppedAtTheMemoryLimitNamingTheTensor()
    {
        using (var probe = CgroupLimits.TryCreate(1 << 30, 256, out string why))
        {
            // Without control groups nothing bounds native memory: do not let a test eat the machine.
            if (probe is null) Assert.Ignore($"Native memory cannot be limited here: {why}");
        }
        var section = Grade("native-memory-bomb", out var took).Section("1.3");
        Assert.That(took, Is.LessThan(Bound));
        Assert.That(section.Status, Is.EqualTo(SectionStatus.Error));
        // zeros(50_000, 50_000) can never fit: the allocation fails in the call, which names the shape and the line.
        Assert.That(section.FirstProblem, Does.Contain("[50000, 50000] tensor").And.Contain("1024 MiB memory limit").And.Contain("line 53"));
    }

    [Test]
    public void Grade_ExceptionInEverySection_NamesEachOneAndANativeErrorToo()
    {
        var result = Grade("exception-in-each-section", out _);
        Assert.That(result.Sections.Select(s => s.Status), Is.All.EqualTo(SectionStatus.Error));
        Assert.That(result.Section("1.1").FirstProblem, Does.Contain("threw ArgumentException"));
        Assert.That(result.Section("1.2").FirstProblem, Does.Contain("threw IndexOutOfRangeException"));
        Assert.That(result.Section("1.3").FirstProblem, Does.Contain("mat1 and mat2 shapes cannot be multiplied"));
        Assert.That(result.Section("1.4").FirstProblem, Does.Contain("threw NullReferenceException"));
        Assert.That(result.Section("1.5").FirstProblem, Does.Contain("threw KeyNotFoundException"));
    }

    [Test]
    public void Grade_OutputFlood_KeepsHeadAndTailAndCountsTheRest()
    {
        var section = Grade("output-flood", out _).Section("1.2");
        Assert.That(section.OutputTruncatedChars, Is.GreaterThan(50_000_000));
        Assert.That(section.Output.Length, Is.LessThan(70_000));
    }

    [Test]
    public void Grade_UnsafeCode_IsNamedByThePolicyBesideTheCompilerError()
    {
        var result = Grade("unsafe-code", out _);
        Assert.That(result.Compilation.Diagnostics.Select(d => d.Id), Does.Contain("CS0227"));
    }

    [Test]
    public void Grade_Reference_ReportsTheLimitsInForce()
    {
        var isolation = Grade("../../../reference/ps1-autograd", out _).Isolation!;
        bool sandboxed = Core.Isolation.Sandbox.Bubblewrap.Status.Available;
        Assert.That(isolation.Mode, Is.EqualTo(sandboxed ? "worker process in an OS sandbox, one per section" : "worker process, one per section, NO SANDBOX"));
        Assert.That(isolation.Limits.Select(l => l.Name),
            Is.EquivalentTo(new[] { "sandbox", "files", "environment", "time", "memory", "output", "processes", "network" }));
        Assert.That(isolation.Limits.Single(l => l.Name == "sandbox").InForce, Is.EqualTo(sandboxed));
        Assert.That(isolation.Limits.Single(l => l.Name == "time").InForce, Is.True);
    }
}
