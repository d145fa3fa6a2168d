using Grading.Tests.Support;
using TorchSharp;

namespace Grading.Tests.Cli;

/// <summary>What the CLI does when it cannot grade: exit 2 and one readable sentence on stderr.</summary>
public class CliArgumentTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private TempFolder _work = null!;

    [OneTimeSetUp]
    public void GraderIsBesideTheTests()
    {
        Assert.That(File.Exists(GraderProcess.GraderDll), Is.True, $"{GraderProcess.GraderDll} is missing: does the test project still reference Grading.Cli?");
        string spec = Path.Combine(TestContext.CurrentContext.TestDirectory, "assignments", "ps1-autograd", "assignment.yml");
        Assert.That(File.Exists(spec), Is.True, $"{spec} is missing: the PS1 harness copies it beside the grader.");
    }

    [SetUp]
    public void NewWorkingFolder() => _work = new TempFolder("grader-cli-");

    [TearDown]
    public void RemoveWorkingFolder() => _work.Dispose();

    private GraderProcess.Outcome Grader(params string[] args) => GraderProcess.Run(_work.Path, Timeout, args);

    [Test]
    public void Assignments_ListsPs1WithItsPoints()
    {
        var run = Grader("assignments");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(run.Stdout, Does.Match(@"(?m)^ps1-autograd\s+100 pts\s+5 sections\s+PS1 Part 3"));
    }

    [Test]
    public void Assignments_ListsAutodiffWarmupBesidePs1()
    {
        var run = Grader("assignments");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(run.Stdout, Does.Match(@"(?m)^autodiff-warmup\s+100 pts\s+6 sections\s+Autodiff warm-up"));
    }

    [Test]
    public void Check_MissingSubmissionFolder_Exits2NamingIt()
    {
        string missing = Path.Combine(_work.Path, "no-such-student");
        var run = Grader("check", missing);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.StartWith("grader: ").And.Contain(missing).And.Contain("does not exist"));
        Assert.That(run.Stderr, Does.Not.Contain("   at "), "a sentence, not a stack trace");
    }

    [Test]
    public void Check_UnknownAssignment_Exits2ListingTheKnownOnes()
    {
        var run = Grader("check", Ps1Grading.Reference, "--assignment", "ps9-nope");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr.TrimEnd(), Is.EqualTo("grader: No assignment 'ps9-nope' (known: autodiff-warmup, ps1-autograd)."));
    }

    [Test]
    public void Check_CudaWithoutAGpu_Exits2SayingNoGpuIsPresent()
    {
        Grading.Torch.TorchRuntime.EnsureLoaded();
        if (torch.cuda.is_available()) Assert.Ignore("This machine has a CUDA device.");
        var run = Grader("check", Ps1Grading.Reference, "--device", "cuda");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.StartWith("grader: --device cuda was requested, but no GPU is present"));
        UngradedOutput.AssertZeroWithReason(_work.Path, "no GPU is present");
    }

    [Test]
    public void Check_UnknownDeviceValue_Exits2()
    {
        var run = Grader("check", Ps1Grading.Reference, "--device", "tpu");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("'tpu'"));
    }

    [Test]
    public void NoArguments_Exits2()
    {
        Assert.That(Grader().ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void Help_Exits0()
    {
        var run = Grader("--help");
        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Stdout, Does.Contain("check <submission>"));
    }
}
