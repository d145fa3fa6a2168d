using System.Diagnostics;
using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;
using Grading.Tests.Support;

namespace Grading.Tests.Isolation;

/// <summary>
/// The hostile fixtures that try to get past the static policy (APIs that open a path themselves, code
/// compiled or bound at run time, callbacks after the section returned, a static handing one section's
/// results to another, forbidden calls hidden where the compiler calls on its own), each graded twice:
/// with the policy on, it is refused with the API and the place named before anything runs; with the
/// policy off, its code runs in the OS sandbox and still reads and writes nothing outside it. In both,
/// grading is bounded in time and in the size of its result.
/// </summary>
[NonParallelizable]
public class HostileBypassTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private const int MaxResultChars = 2 * 1024 * 1024;
    // A late writer fires 1 s after its section returned: wait past it before looking for its file.
    private static readonly TimeSpan LateWriterWait = TimeSpan.FromSeconds(3);

    private readonly Dictionary<(bool Policy, string Sections), Grader> _graders = [];
    private EscapeCanaries _canaries = null!;

    private static readonly BypassCase[] Cases = BypassCases.All;

    [OneTimeSetUp]
    public void PlantCanaries() => _canaries = new EscapeCanaries();

    [OneTimeTearDown]
    public void CloseGradersAndRemoveCanaries()
    {
        foreach (var grader in _graders.Values) grader.Dispose();
        foreach (var bypass in Cases) _canaries?.RemoveEscaped(bypass.Fixture);
        _canaries?.Dispose();
    }

    [TestCaseSource(nameof(Cases))]
    public void Grade_BypassWithPolicyOn_IsRefusedBeforeItRunsAndReachesNothing(BypassCase bypass)
    {
        var (result, json) = Grade(bypass, policy: true);

        AssertNothingOutsideReached(bypass, json);
        var attacked = result.Section(bypass.Attacked);
        TestContext.Out.WriteLine($"{attacked.Status}: {attacked.FirstProblem}");
        Assert.That(attacked.Status, Is.EqualTo(SectionStatus.Error), attacked.FirstProblem);
        foreach (string words in bypass.PolicyVerdict) Assert.That(attacked.FirstProblem, Does.Contain(words));
        AssertOthersUntouched(result, bypass);
    }

    [TestCaseSource(nameof(Cases))]
    public void Grade_BypassWithPolicyOffInTheSandbox_RunsAndReachesNothing(BypassCase bypass)
    {
        SandboxFixtures.RequireSandbox();
        var (result, json) = Grade(bypass, policy: false);
        if (bypass.WritesLate) Thread.Sleep(LateWriterWait);

        AssertNothingOutsideReached(bypass, json);
        var attacked = result.Section(bypass.Attacked);
        string seen = attacked.FirstProblem + "\n" + attacked.Output;
        TestContext.Out.WriteLine($"{attacked.Status}: {seen}");
        Assert.That(seen, Does.Contain(bypass.RanEvidence), "the fixture's code ran");
        Assert.That(attacked.Status, Is.EqualTo(bypass.PassesWithPolicyOff ? SectionStatus.Passed : SectionStatus.Error), seen);
        if (_canaries.FixturesAimHere && bypass.ReportsEachAttempt)
            Assert.That(seen, Does.Contain(Path.Combine(_canaries.Home, "grading-")), "it aimed at this machine's home");
        AssertOthersUntouched(result, bypass);
    }

    private (GradingResult Result, string Json) Grade(BypassCase bypass, bool policy)
    {
        _canaries.RemoveEscaped(bypass.Fixture);
        var clock = Stopwatch.StartNew();
        var result = Ps1Grading.GradeOverlay(GraderFor(policy, bypass.Sections), Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "hostile", bypass.Fixture));
        Assert.That(clock.Elapsed, Is.LessThan(Bound), "grading finished in bounded time");
        string json = ResultJson.Serialize(result);
        Assert.That(json.Length, Is.LessThan(MaxResultChars), "the result stays small");
        return (result, json);
    }

    private void AssertNothingOutsideReached(BypassCase bypass, string json)
    {
        Assert.That(_canaries.RemoveEscaped(bypass.Fixture), Is.Empty, "no file was written outside the sandbox");
        Assert.That(json, Does.Not.Contain(_canaries.Secret), "no secret outside the sandbox was read into the result");
    }

    private static void AssertOthersUntouched(GradingResult result, BypassCase bypass)
    {
        foreach (string id in bypass.Sections.Where(id => id != bypass.Attacked))
        {
            var section = result.Section(id);
            Assert.That(section.Score + section.PendingPoints, Is.EqualTo(section.MaxScore), $"{id} is untouched: {section.FirstProblem}");
        }
    }

    // One grader per mode and set of sections: opening one prepares the data and starts workers.
    private Grader GraderFor(bool policy, string[] sections)
    {
        var key = (policy, string.Join(",", sections));
        if (!_graders.TryGetValue(key, out var grader))
        {
            grader = policy
                ? Grader.Open(RepositoryPaths.Ps1Spec, new GradingOptions { Device = "cpu", Isolation = IsolationMode.Process, OnlySections = sections.ToHashSet() })
                : SandboxFixtures.Open(sandbox: true, sections);
            _graders[key] = grader;
        }
        return grader;
    }
}
