using Grading.Core.Grading;
using Grading.Core.Running;
using Grading.Tests.Support;

namespace Grading.Tests.Isolation;

/// <summary>
/// <see cref="GradingOptions.WorkerThreads"/> reaches the worker: the submission's own code sees one
/// processor and one libtorch thread when it is 1, and the machine's when it is not set. Section 1.3 of
/// the reference is made to print what it sees (both are readable under the policy).
/// </summary>
public class WorkerThreadsTests
{
    private TempFolder _overlay = null!;

    [OneTimeSetUp]
    public void WriteOverlay()
    {
        _overlay = new TempFolder("worker-threads-");
        string source = File.ReadAllText(Path.Combine(Ps1Grading.Reference, "Section13TensorGradientDescent.cs"));
        const string Body = "    public TrainingRun Train(HousingTensors data, TrainingOptions options)\n    {\n";
        Assert.That(source, Does.Contain(Body));
        _overlay.Write("Section13TensorGradientDescent.cs",
            source.Replace(Body, Body + "        Console.WriteLine($\"sees cpu {Environment.ProcessorCount}, torch {get_num_threads()}\");\n"));
    }

    [OneTimeTearDown]
    public void Clean() => _overlay.Dispose();

    private string Output13(int? threads)
    {
        using var grader = Grader.Open(RepositoryPaths.Ps1Spec, new GradingOptions { Device = "cpu", Isolation = IsolationMode.Process, WorkerThreads = threads });
        var section = Ps1Grading.GradeOverlay(grader, _overlay.Path).Section("1.3");
        Assert.That(section.Status, Is.EqualTo(Core.Results.SectionStatus.Passed), section.FirstProblem);
        return section.Output;
    }

    [Test]
    public void WorkerThreads_One_LimitsTheWorkersDotNetAndLibTorchToOneThread()
    {
        Assert.That(Output13(1), Does.Contain("sees cpu 1, torch 1"));
    }

    [Test]
    public void WorkerThreads_NotSet_LeavesTheMachinesProcessorCount()
    {
        Assume.That(Environment.ProcessorCount, Is.GreaterThan(1), "one core: nothing to tell apart");
        var seen = System.Text.RegularExpressions.Regex.Match(Output13(null), @"sees cpu (\d+), torch (\d+)");
        Assert.That(seen.Success, "1.3 printed what it sees");
        Assert.That(int.Parse(seen.Groups[1].Value), Is.EqualTo(Environment.ProcessorCount));
    }
}
