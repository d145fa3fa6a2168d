using Grading.Core.Results;
using Grading.Tests.Support;
using TorchSharp;

namespace Grading.Tests.Cli;

/// <summary>check --devices through the CLI, on a machine without a GPU.</summary>
public class CliDevicesTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private TempFolder _work = null!;

    [SetUp]
    public void NewWorkingFolder()
    {
        Grading.Torch.TorchRuntime.EnsureLoaded();
        if (torch.cuda.is_available()) Assert.Ignore("This machine has a CUDA device; these tests check the CPU-only case.");
        _work = new TempFolder("grader-devices-");
    }

    [TearDown]
    public void RemoveWorkingFolder() => _work?.Dispose();

    [Test]
    public void Check_DevicesAllWithoutAGpu_GradesOnTheCpuAndSaysThereIsNoCudaDevice()
    {
        string json = Path.Combine(_work.Path, "result.json");
        var run = GraderProcess.Run(_work.Path, Timeout, "check", Ps1Grading.Reference, "--devices", "all", "--json", json);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(run.Stdout, Does.Contain("Devices (all): no CUDA device: tensor sections ran on cpu only."));
        Assert.That(run.Stdout, Does.Match(@"(?m)^  1\.3  cpu \d+\.\d\d s passed \(scored\)$"));
        var result = ResultJson.Deserialize(File.ReadAllText(json));
        Assert.That(result.Score, Is.EqualTo(85));
        Assert.That(result.Devices!.Note, Is.EqualTo("no CUDA device: tensor sections ran on cpu only"));
        Assert.That(result.Devices.Devices.Select(d => d.Id), Is.EqualTo(new[] { "cpu" }));
        Assert.That(result.Sections.Where(s => s.DeviceRuns is not null).Select(s => s.Id), Is.EqualTo(new[] { "1.3", "1.4" }));
        Assert.That(result.Environment.DeviceName, Is.Not.Null.And.Not.Empty);
        Assert.That(result.Environment.CudaVersion, Is.Null);
        Assert.That(File.ReadAllText(Path.ChangeExtension(json, ".html")), Does.Contain("<h3>Devices</h3>"));
    }

    [TestCase("cpu,cuda", "grader: --devices names cuda, but no GPU is present")]
    [TestCase("cuda", "grader: --devices names cuda, but no GPU is present")]
    [TestCase("tpu", "grader: Unknown device 'tpu' in --devices: use all, or a list of cpu and cuda (e.g. cpu,cuda).")]
    public void Check_DevicesItCannotHonour_Exits2BeforeGrading(string devices, string message)
    {
        var run = GraderProcess.Run(_work.Path, Timeout, "check", Ps1Grading.Reference, "--devices", devices);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.StartWith(message));
        Assert.That(run.Stderr, Does.Not.Contain("   at "), "a sentence, not a stack trace");
        UngradedOutput.AssertZeroWithReason(_work.Path, message.Replace("grader: ", ""));
    }
}
